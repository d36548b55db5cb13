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
        var tables = BotUnderTest.SharedTables();
        await using (var first = await BotUnderTest.StartAsync(azurite.ConnectionString, tables))
        {
            await first.PostActivityAsync(TeamsActivities.Submit(connector.ServiceUrl, new JsonObject
            {
                ["action"] = "setup.save", ["leaders"] = member["aadObjectId"]!.GetValue<string>(), ["day"] = "4", ["time"] = "13:30",
                ["reminder"] = "1", ["questions"] = "3", ["language"] = "da", ["k"] = "5",
            }, "setup-card", team.ConversationId, member["id"]!.GetValue<string>(), member["aadObjectId"]!.GetValue<string>(), "groupChat"));
        }

        await using var second = await BotUnderTest.StartAsync(azurite.ConnectionString, tables); // a new, empty SQLite job store
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

    [Fact]
    public async Task A_bot_on_another_table_prefix_of_the_same_account_neither_sees_nor_schedules_the_team()
    {
        await using var connector = await RecordingConnector.StartAsync();
        var team = new TeamRef(TeamsActivities.TenantId, $"19:{Guid.NewGuid():N}@thread.v2");
        var tables = BotUnderTest.SharedTables();
        await using (var first = await BotUnderTest.StartAsync(azurite.ConnectionString, tables))
        {
            await first.Service<TeamSetupStore>().SaveAsync(new TeamSetup { Team = team, ServiceUrl = connector.ServiceUrl, BotId = TeamsActivities.BotId, Leaders = [] }, default);
        }

        await using var other = await BotUnderTest.StartAsync(azurite.ConnectionString, BotUnderTest.SharedTables());
        await using var same = await BotUnderTest.StartAsync(azurite.ConnectionString, tables);
        for (var i = 0; i < 100 && await same.Service<TeamSchedules>().NextPulseAsync(team, default) is null; i++) await Task.Delay(100);

        await other.Service<ScheduleRepairSchedule>().ExecuteTask!; // its start-up repair is over: it would have scheduled the team by now

        Assert.NotNull(await same.Service<TeamSchedules>().NextPulseAsync(team, default));
        Assert.Null(await other.Service<TeamSetupStore>().GetAsync(team, default));
        Assert.Null(await other.Service<TeamSchedules>().NextPulseAsync(team, default));
    }
}
