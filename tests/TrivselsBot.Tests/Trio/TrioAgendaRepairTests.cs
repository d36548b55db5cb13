using Quartz;
using TrivselsBot.Scheduling;
using TrivselsBot.Setup;
using TrivselsBot.Testing;
using TrivselsBot.Tests.Scheduling;
using TrivselsBot.Trio;

namespace TrivselsBot.Tests.Trio;

/// <summary>
/// A TRIO's agenda cadence heals without a restart: the morning repair gives a lost agenda trigger back, in the real bot
/// (Azurite, its own SQLite job store, a local Bot Connector). The TRIO meets every second Tuesday from 24 March 2026;
/// that meeting's agenda is due Friday 20 March at 08:00, the next one's Tuesday 31 March (counted back over Easter).
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class TrioAgendaRepairTests(AzuriteServer azurite)
{
    private static readonly DateTimeOffset FirstAgenda = new(2026, 3, 20, 8, 0, 0, TimeSpan.FromHours(1));
    private static readonly DateTimeOffset NextAgenda = new(2026, 3, 31, 8, 0, 0, TimeSpan.FromHours(2));

    [Fact]
    public async Task Fired_by_quartz_the_morning_run_gives_a_TRIO_its_deleted_agenda_trigger_back_for_its_next_meeting_without_a_restart()
    {
        await using var bot = await StartAsync(new DateTimeOffset(2026, 3, 16, 10, 0, 0, TimeSpan.FromHours(1)));
        var trio = Trio(NewTeam());
        await SaveAsync(bot, trio);
        var schedules = bot.Service<TrioSchedules>();
        await schedules.ScheduleAgendaAsync(trio, default);
        var scheduler = await bot.Service<ISchedulerFactory>().GetScheduler();
        Assert.True(await scheduler.UnscheduleJob(AgendaTrigger(trio.Team)));

        await scheduler.TriggerJob(ScheduleRepairSchedule.Job);

        Assert.Equal(FirstAgenda, await ScheduleRepairTests.EventuallyAsync(() => schedules.NextAgendaAsync(trio.Team, default)));
    }

    [Fact]
    public async Task An_agenda_trigger_already_set_for_a_later_meeting_is_left_as_it_is()
    {
        await using var bot = await StartAsync(new DateTimeOffset(2026, 3, 16, 10, 0, 0, TimeSpan.FromHours(1)));
        var trio = Trio(NewTeam());
        await SaveAsync(bot, trio);
        var schedules = bot.Service<TrioSchedules>();
        await schedules.ScheduleAgendaAfterAsync(trio, trio.FirstMeeting, default);

        await bot.Service<ScheduleRepairs>().RunAsync(default);

        Assert.Equal(NextAgenda, await schedules.NextAgendaAsync(trio.Team, default)); // a reset would bring 20 March back
    }

    [Fact]
    public async Task An_agenda_whose_next_scheduling_fails_still_goes_out_and_the_morning_repair_brings_the_next_agenda_back_without_sending_it_twice()
    {
        await using var connector = await RecordingConnector.StartAsync();
        connector.AddMembers(3, prefix: Guid.NewGuid().ToString("N")[..8]);
        await using var bot = await StartAsync(FirstAgenda.AddMinutes(1));
        var team = NewTeam();
        await bot.Service<TeamSetupStore>().SaveAsync(new TeamSetup { Team = team, ServiceUrl = connector.ServiceUrl, BotId = TeamsActivities.BotId, Leaders = [] }, default);
        var trio = Trio(team) with
        {
            Members = [.. connector.Members.Select((m, i) => new TrioMember(m["aadObjectId"]!.GetValue<string>(), m["id"]!.GetValue<string>(),
                m["name"]!.GetValue<string>(), [(TrioRole)i]))],
        };
        var store = bot.Service<TrioStore>();
        var schedules = bot.Service<TrioSchedules>();
        try
        {
            // The stored setup is one the agenda job cannot schedule the next agenda from ("-1 working days" before).
            await store.SaveSetupAsync(trio with { AgendaWorkingDaysBefore = -1 }, default);

            await schedules.ScheduleAgendaAsync(trio, default); // due 08:00, a minute ago: Quartz fires it at once

            var deadline = DateTime.UtcNow.AddSeconds(30);
            while ((connector.ActivitiesSent().Count < 3 || await TriggerPresentAsync(bot, team)) && DateTime.UtcNow < deadline) await Task.Delay(200);
            Assert.Equal(3, connector.ActivitiesSent().Count);
            Assert.Null(await schedules.NextAgendaAsync(team, default));
        }
        finally
        {
            await store.SaveSetupAsync(trio, default); // the row mended, so the repair can schedule from it
        }
        await (await bot.Service<ISchedulerFactory>().GetScheduler()).TriggerJob(ScheduleRepairSchedule.Job);

        // Given back for the meeting of 24 March, whose agenda fires at once, reaches nobody again and schedules the next.
        var until = DateTime.UtcNow.AddSeconds(30);
        while (await schedules.NextAgendaAsync(team, default) != NextAgenda && DateTime.UtcNow < until) await Task.Delay(200);
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Equal(NextAgenda, await schedules.NextAgendaAsync(team, default));
        Assert.Equal(3, connector.ActivitiesSent().Count);
    }

    private async Task<BotUnderTest> StartAsync(DateTimeOffset at)
    {
        // A trigger overdue by more than the threshold is fired by Quartz's misfire scan, which runs this often.
        var bot = await BotUnderTest.StartAsync(azurite.ConnectionString, new Dictionary<string, string?> { ["Scheduling:MisfireThreshold"] = "00:00:01" },
            time: new ShiftedClock(at));
        await bot.Service<ScheduleRepairSchedule>().ExecuteTask!; // the start-up repair is over: what comes back comes from the test's run
        return bot;
    }

    /// <summary>A TRIO and the team setup it belongs to (a TRIO without one is an erasure under way, and is not repaired).</summary>
    private static async Task SaveAsync(BotUnderTest bot, TrioSetup trio)
    {
        await bot.Service<TeamSetupStore>().SaveAsync(new TeamSetup { Team = trio.Team, ServiceUrl = "http://127.0.0.1:9/", BotId = TeamsActivities.BotId, Leaders = [] }, default);
        await bot.Service<TrioStore>().SaveSetupAsync(trio, default);
    }

    private static TeamRef NewTeam() => new(TeamsActivities.TenantId, $"19:{Guid.NewGuid():N}@thread.v2");

    private static TrioSetup Trio(TeamRef team) => TrioSamples.Setup with { Team = team, FirstMeeting = new DateOnly(2026, 3, 24) };

    private static TriggerKey AgendaTrigger(TeamRef team) => new("trio-agenda", TeamSchedules.Group(team));

    private static async Task<bool> TriggerPresentAsync(BotUnderTest bot, TeamRef team) =>
        await (await bot.Service<ISchedulerFactory>().GetScheduler()).GetTrigger(AgendaTrigger(team)) is not null;
}
