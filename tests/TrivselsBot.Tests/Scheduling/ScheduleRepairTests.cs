using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using TrivselsBot.Scheduling;
using TrivselsBot.Setup;
using TrivselsBot.Testing;
using TrivselsBot.Trio;
using TrivselsBot.Tests.Trio;
using SchedulingOptions = TrivselsBot.Scheduling.SchedulingOptions;

namespace TrivselsBot.Tests.Scheduling;

/// <summary>
/// The morning repair of lost triggers, in the real bot on Azurite with its own SQLite job store; each test starts
/// after the start-up repair has finished, so whatever comes back came back from the run the test makes.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ScheduleRepairTests(AzuriteServer azurite)
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 16, 10, 0, 0, TimeSpan.FromHours(1));

    [Fact]
    public async Task The_repair_runs_every_day_at_05_00_Copenhagen_time_also_on_the_nights_the_clocks_change()
    {
        var beforeSpringChange = new DateTimeOffset(2026, 3, 28, 12, 0, 0, TimeSpan.Zero);
        await using var bot = await StartAsync(beforeSpringChange);
        var trigger = (await (await bot.Service<ISchedulerFactory>().GetScheduler()).GetTrigger(new TriggerKey(ScheduleRepairSchedule.Job.Name, ScheduleRepairSchedule.Job.Group)))!;

        Assert.Equal(new DateTimeOffset(2026, 3, 29, 5, 0, 0, TimeSpan.FromHours(2)), await bot.Service<ScheduleRepairSchedule>().NextRunAsync(default));
        Assert.Equal(new DateTimeOffset(2026, 3, 30, 5, 0, 0, TimeSpan.FromHours(2)), trigger.GetFireTimeAfter(new DateTimeOffset(2026, 3, 29, 12, 0, 0, TimeSpan.Zero)));
        Assert.Equal(new DateTimeOffset(2026, 10, 25, 5, 0, 0, TimeSpan.FromHours(1)), trigger.GetFireTimeAfter(new DateTimeOffset(2026, 10, 24, 12, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public async Task A_configured_repair_time_is_used_instead_of_05_00()
    {
        await using var bot = await StartAsync(Monday, new() { ["Scheduling:RepairTime"] = "04:15" });

        Assert.Equal(new DateTimeOffset(2026, 11, 17, 4, 15, 0, TimeSpan.FromHours(1)), await bot.Service<ScheduleRepairSchedule>().NextRunAsync(default));
    }

    [Fact]
    public void The_settings_template_writes_the_default_repair_time()
    {
        var template = File.ReadAllText(Path.Combine(RepoPaths.Root, "appsettings.template.json"));
        var configuration = new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(template))).Build();

        Assert.Equal(new SchedulingOptions().RepairTime, configuration.GetSection(SchedulingOptions.Section).Get<SchedulingOptions>()!.RepairTime);
    }

    [Fact]
    public async Task Fired_by_quartz_the_morning_run_gives_a_team_its_deleted_pulse_trigger_back_without_a_restart()
    {
        await using var bot = await StartAsync(Monday);
        var team = NewTeam("pulse");
        await bot.Service<TeamSetupStore>().SaveAsync(Setup(team), default);
        var schedules = bot.Service<TeamSchedules>();
        await schedules.SchedulePulseAsync(team, DayOfWeek.Thursday, new TimeOnly(13, 30), default);
        var scheduler = await bot.Service<ISchedulerFactory>().GetScheduler();
        Assert.True(await scheduler.UnscheduleJob(PulseTrigger(team)));

        await scheduler.TriggerJob(ScheduleRepairSchedule.Job);

        Assert.Equal(new DateTimeOffset(2026, 11, 19, 13, 30, 0, TimeSpan.FromHours(1)), await EventuallyAsync(() => schedules.NextPulseAsync(team, default)));
    }

    [Fact]
    public async Task A_team_that_has_its_pulse_trigger_keeps_it_as_it_is()
    {
        await using var bot = await StartAsync(Monday);
        var team = NewTeam("kept");
        await bot.Service<TeamSetupStore>().SaveAsync(Setup(team), default);
        await bot.Service<TeamSchedules>().SchedulePulseAsync(team, DayOfWeek.Thursday, new TimeOnly(13, 30), default);
        var scheduler = await bot.Service<ISchedulerFactory>().GetScheduler();
        var before = (await scheduler.GetTrigger(PulseTrigger(team)))!;
        await Task.Delay(TimeSpan.FromSeconds(1.1)); // a trigger made again would start at least a second later (Quartz keeps whole seconds)

        await bot.Service<ScheduleRepairs>().RunAsync(default);

        var after = (await scheduler.GetTrigger(PulseTrigger(team)))!;
        Assert.Equal((before.StartTimeUtc, before.NextFireTimeUtc), (after.StartTimeUtc, after.NextFireTimeUtc));
    }

    [Fact]
    public async Task A_team_whose_schedules_cannot_be_made_does_not_stop_the_repair_of_the_teams_after_it()
    {
        await using var bot = await StartAsync(Monday);
        var tenant = "tenant-" + Guid.NewGuid().ToString("N");
        // Teams are read in key order, so the broken one comes first. Its rows hold what no card writes: a pulse day
        // past Saturday and an agenda "-1 working days" before the meeting; scheduling either throws.
        var broken = new TeamRef(tenant, $"19:a-{Guid.NewGuid():N}@thread.v2");
        var good = new TeamRef(tenant, $"19:b-{Guid.NewGuid():N}@thread.v2");
        var setups = bot.Service<TeamSetupStore>();
        var trios = bot.Service<TrioStore>();
        var brokenTrio = TrioSamples.Setup with { Team = broken, FirstMeeting = new DateOnly(2026, 11, 24), AgendaWorkingDaysBefore = -1 };
        await setups.SaveAsync(Setup(broken) with { PulseDay = (DayOfWeek)7 }, default);
        await trios.SaveSetupAsync(brokenTrio, default);
        await setups.SaveAsync(Setup(good), default);
        await trios.SaveSetupAsync(TrioSamples.Setup with { Team = good, FirstMeeting = new DateOnly(2026, 11, 24) }, default);

        await bot.Service<ScheduleRepairs>().RunAsync(default);

        var schedules = bot.Service<TeamSchedules>();
        var trioSchedules = bot.Service<TrioSchedules>();
        Assert.Equal(new DateTimeOffset(2026, 11, 19, 13, 30, 0, TimeSpan.FromHours(1)), await schedules.NextPulseAsync(good, default));
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 8, 0, 0, TimeSpan.FromHours(1)), await trioSchedules.NextAgendaAsync(good, default));
        Assert.Null(await schedules.NextPulseAsync(broken, default));
        Assert.Null(await trioSchedules.NextAgendaAsync(broken, default));
    }

    [Fact]
    public async Task A_repair_time_in_the_hour_the_clocks_change_stops_the_start_and_names_the_setting()
    {
        var e = await Assert.ThrowsAnyAsync<Exception>(() => BotUnderTest.StartAsync(azurite.ConnectionString,
            new Dictionary<string, string?> { ["Scheduling:RepairTime"] = "02:30" }));

        Assert.Contains("Scheduling:RepairTime must not be between 02:00 and 03:00", e.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_team_erased_after_the_repair_listed_it_gets_no_trigger_back()
    {
        await using var bot = await StartAsync(Monday);
        var team = new TeamRef("tenant-" + Guid.NewGuid().ToString("N"), $"19:{Guid.NewGuid():N}@thread.v2");
        var setups = bot.Service<TeamSetupStore>();
        await setups.SaveAsync(Setup(team), default);
        await bot.Service<TrioStore>().SaveSetupAsync(TrioSamples.Setup with { Team = team, FirstMeeting = new DateOnly(2026, 11, 24) }, default);
        var checks = new List<TeamScheduleCheck>();
        foreach (var repair in bot.Services.GetServices<IScheduleRepair>())
        {
            await foreach (var check in repair.ChecksAsync(default)) if (check.Team == team) checks.Add(check);
        }
        Assert.Equal(2, checks.Count); // the pulse's and the TRIO agenda's

        await setups.DeleteAsync(team, default); // an erasure removes the team's setup first; the TRIO's rows follow

        foreach (var check in checks) Assert.False(await check.RestoreIfLostAsync(default));
        Assert.Null(await bot.Service<TeamSchedules>().NextPulseAsync(team, default));
        Assert.Null(await bot.Service<TrioSchedules>().NextAgendaAsync(team, default));
    }

    private async Task<BotUnderTest> StartAsync(DateTimeOffset at, Dictionary<string, string?>? settings = null)
    {
        var bot = await BotUnderTest.StartAsync(azurite.ConnectionString, settings, time: new ShiftedClock(at));
        await bot.Service<ScheduleRepairSchedule>().ExecuteTask!;
        return bot;
    }

    private static TeamRef NewTeam(string name) => new(TeamsActivities.TenantId, $"19:{name}-{Guid.NewGuid():N}@thread.v2");

    private static TeamSetup Setup(TeamRef team) => new()
    {
        Team = team, ServiceUrl = "http://127.0.0.1:9/", BotId = TeamsActivities.BotId, Leaders = [],
        PulseDay = DayOfWeek.Thursday, PulseTime = new TimeOnly(13, 30),
    };

    private static TriggerKey PulseTrigger(TeamRef team) => new("pulse", TeamSchedules.Group(team));

    /// <summary>The value once there is one, waiting up to 20 s for the run Quartz was asked to fire.</summary>
    internal static async Task<DateTimeOffset?> EventuallyAsync(Func<Task<DateTimeOffset?>> read)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        DateTimeOffset? value;
        while ((value = await read()) is null && DateTime.UtcNow < deadline) await Task.Delay(100);
        return value;
    }
}
