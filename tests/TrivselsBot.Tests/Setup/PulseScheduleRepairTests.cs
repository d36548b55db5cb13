using System.Text.Json.Nodes;
using TrivselsBot.Scheduling;
using TrivselsBot.Setup;
using TrivselsBot.Testing;

namespace TrivselsBot.Tests.Setup;

[Collection(AzuriteCollection.Name)]
public sealed class PulseScheduleRepairTests(AzuriteServer azurite)
{
    [Fact]
    public async Task A_bot_starting_on_an_empty_job_store_gives_set_up_teams_their_weekly_pulse_back()
    {
        await using var connector = await RecordingConnector.StartAsync();
        connector.AddMembers(1, prefix: Guid.NewGuid().ToString("N")[..8]);
        var team = new TeamRef(TeamsActivities.TenantId, $"19:{Guid.NewGuid():N}@thread.v2");
        var member = connector.Members[0];
        await using (var first = await BotUnderTest.StartAsync(azurite.ConnectionString))
        {
            await first.PostActivityAsync(TeamsActivities.Submit(connector.ServiceUrl, new JsonObject
            {
                ["action"] = "setup.save", ["leaders"] = member["aadObjectId"]!.GetValue<string>(), ["day"] = "4", ["time"] = "13:30",
                ["reminder"] = "1", ["questions"] = "3", ["language"] = "da", ["k"] = "5",
            }, "setup-card", team.ConversationId, member["id"]!.GetValue<string>(), member["aadObjectId"]!.GetValue<string>(), "groupChat"));
        }

        await using var second = await BotUnderTest.StartAsync(azurite.ConnectionString); // a new, empty SQLite job store
        var schedules = second.Service<TeamSchedules>();
        DateTimeOffset? next = null;
        for (var i = 0; i < 100 && next is null; i++)
        {
            next = await schedules.NextPulseAsync(team, default);
            if (next is null) await Task.Delay(100);
        }

        Assert.NotNull(next);
        Assert.Equal(DayOfWeek.Thursday, Copenhagen.LocalTime(next.Value).DayOfWeek);
        Assert.Equal(new TimeOnly(13, 30), TimeOnly.FromDateTime(Copenhagen.LocalTime(next.Value)));
    }
}
