using System.Text.Json.Nodes;
using Quartz;
using TrivselsBot.Setup;
using TrivselsBot.Testing;

namespace TrivselsBot.Tests.Setup;

[Collection(AzuriteCollection.Name)]
public sealed class SaveSetupTests(AzuriteServer azurite)
{
    [Fact]
    public async Task When_the_pulse_cannot_be_scheduled_nothing_is_saved_and_the_leader_is_told_to_press_save_again()
    {
        await using var connector = await RecordingConnector.StartAsync();
        connector.AddMembers(1, prefix: Guid.NewGuid().ToString("N")[..8]);
        var team = new TeamRef(TeamsActivities.TenantId, $"19:{Guid.NewGuid():N}@thread.v2");
        var member = connector.Members[0];
        await using var bot = await BotUnderTest.StartAsync(azurite.ConnectionString);
        await (await bot.Service<ISchedulerFactory>().GetScheduler()).Shutdown();

        await bot.PostActivityAsync(TeamsActivities.Submit(connector.ServiceUrl, new JsonObject
        {
            ["action"] = SetupCard.Action, ["leaders"] = member["aadObjectId"]!.GetValue<string>(), ["day"] = "4", ["time"] = "13:30",
            ["reminder"] = "1", ["questions"] = "3", ["language"] = "da", ["k"] = "5",
        }, "setup-card", team.ConversationId, member["id"]!.GetValue<string>(), member["aadObjectId"]!.GetValue<string>(), "groupChat"));

        var reply = Assert.Single(await connector.WaitForActivitiesAsync(1));
        Assert.Equal("Opsætningen blev ikke gemt: jeg kunne ikke planlægge trivselstjekket lige nu. Tryk **Gem** igen om lidt.", reply.Text);
        Assert.Null(await bot.Service<TeamSetupStore>().GetAsync(team, default));
    }
}
