using Quartz;
using TrivselsBot.CheckIns;
using TrivselsBot.Scheduling;
using TrivselsBot.Setup;
using TrivselsBot.Testing;

namespace TrivselsBot.Tests.Scheduling;

/// <summary>The default store: a SQLite file that keeps the schedule across restarts of the bot.</summary>
public sealed class SqliteJobStoreTests : IDisposable
{
    private static readonly TeamRef Team = new("tenant-1", "19:general.channel@thread.tacv2");
    private static readonly TeamRef OtherTeam = new("tenant-1", "19:other/chat?#@thread.v2");

    private readonly RecordingRunners _runs = new();

    private readonly string _directory = Path.Combine(RepoPaths.TestOutput("scheduling"), Guid.NewGuid().ToString("N"));

    private readonly Dictionary<string, string?> _settings;

    public SqliteJobStoreTests() => _settings = new()
    {
        ["Scheduling:SqlitePath"] = Path.Combine(_directory, "scheduler.db"),
        ["Scheduling:MisfireThreshold"] = "00:00:01",
    };

    public void Dispose()
    {
        if (Directory.Exists(_directory)) Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task A_scheduled_pulse_survives_a_restart()
    {
        DateTimeOffset? scheduled;
        await using (var bot = await SchedulerHost.StartAsync(_settings, _runs))
        {
            await bot.Schedules.SchedulePulseAsync(Team, DayOfWeek.Wednesday, new TimeOnly(14, 30), default);
            scheduled = await bot.Schedules.NextPulseAsync(Team, default);
        }

        await using var restarted = await SchedulerHost.StartAsync(_settings, _runs);

        Assert.NotNull(scheduled);
        Assert.Equal(scheduled, await restarted.Schedules.NextPulseAsync(Team, default));
        Assert.Equal(new DateTime(1, 1, 1, 14, 30, 0).TimeOfDay, Copenhagen.LocalTime(scheduled.Value).TimeOfDay);
        Assert.Equal(DayOfWeek.Wednesday, Copenhagen.LocalTime(scheduled.Value).DayOfWeek);
    }

    [Fact]
    public async Task A_pulse_missed_for_weeks_while_the_bot_was_down_fires_once_when_it_is_back()
    {
        DateTime missed;
        await using (var bot = await SchedulerHost.StartAsync(_settings, _runs, name: "before"))
        {
            await bot.Schedules.SchedulePulseAsync(Team, DayOfWeek.Monday, new TimeOnly(9, 0), default);
            missed = Copenhagen.LocalTime((await bot.Schedules.NextPulseAsync(Team, default))!.Value);
        }
        var lastMissed = Copenhagen.Instant(missed.AddDays(21));

        await using var back = await SchedulerHost.StartAsync(_settings, _runs, new ShiftedClock(lastMissed.AddHours(1)), name: "after");
        await RecordingRunners.SettleAsync(_runs.Pulses, 1);

        Assert.Equal(("after", Team, lastMissed), Assert.Single(_runs.Pulses));
        Assert.Equal(Copenhagen.Instant(missed.AddDays(28)), await back.Schedules.NextPulseAsync(Team, default));
    }

    [Fact]
    public async Task A_reminder_whose_time_passed_while_the_bot_was_down_fires_once_when_it_is_back()
    {
        var period = new PulsePeriod(2026, 48);
        await using (var bot = await SchedulerHost.StartAsync(_settings, _runs, name: "before"))
        {
            await bot.Schedules.ScheduleReminderAsync(Team, period, DateTimeOffset.UtcNow.AddSeconds(10), default);
        }

        await using var back = await SchedulerHost.StartAsync(_settings, _runs, new ShiftedClock(DateTimeOffset.UtcNow.AddMinutes(1)), name: "after");
        await RecordingRunners.SettleAsync(_runs.Reminders, 1);

        Assert.Equal(("after", Team, period), Assert.Single(_runs.Reminders));
        Assert.Empty(await TeamTriggersAsync(back));
    }

    [Fact]
    public async Task Scheduling_a_pulse_again_replaces_the_old_schedule()
    {
        await using var bot = await SchedulerHost.StartAsync(_settings, _runs);

        await bot.Schedules.SchedulePulseAsync(Team, DayOfWeek.Monday, new TimeOnly(9, 0), default);
        await bot.Schedules.SchedulePulseAsync(Team, DayOfWeek.Thursday, new TimeOnly(13, 15), default);

        var next = Copenhagen.LocalTime((await bot.Schedules.NextPulseAsync(Team, default))!.Value);
        Assert.Equal((DayOfWeek.Thursday, 13, 15), (next.DayOfWeek, next.Hour, next.Minute));
        Assert.Single(await TeamTriggersAsync(bot));
    }

    [Fact]
    public async Task Scheduling_a_reminder_twice_for_one_period_sends_it_once()
    {
        await using var bot = await SchedulerHost.StartAsync(_settings, _runs);
        var period = new PulsePeriod(2026, 48);

        await bot.Schedules.ScheduleReminderAsync(Team, period, DateTimeOffset.UtcNow.AddSeconds(1), default);
        await bot.Schedules.ScheduleReminderAsync(Team, period, DateTimeOffset.UtcNow.AddSeconds(1), default);
        await RecordingRunners.SettleAsync(_runs.Reminders, 1);

        Assert.Equal(("", Team, period), Assert.Single(_runs.Reminders));
    }

    [Fact]
    public async Task Unscheduling_a_team_removes_its_pulse_and_reminders_and_nothing_else()
    {
        await using var bot = await SchedulerHost.StartAsync(_settings, _runs);
        var later = DateTimeOffset.UtcNow.AddDays(2);
        foreach (var team in new[] { Team, OtherTeam })
        {
            await bot.Schedules.SchedulePulseAsync(team, DayOfWeek.Monday, new TimeOnly(9, 0), default);
            await bot.Schedules.ScheduleReminderAsync(team, new PulsePeriod(2026, 48), later, default);
            await bot.Schedules.ScheduleReminderAsync(team, new PulsePeriod(2026, 49), later, default);
        }

        await bot.Schedules.UnscheduleTeamAsync(Team, default);

        Assert.Null(await bot.Schedules.NextPulseAsync(Team, default));
        Assert.NotNull(await bot.Schedules.NextPulseAsync(OtherTeam, default));
        Assert.Equal(3, (await TeamTriggersAsync(bot)).Count);
    }

    [Fact]
    public async Task Firing_a_pulse_now_hands_the_team_to_the_runner_at_once()
    {
        await using var bot = await SchedulerHost.StartAsync(_settings, _runs);
        await bot.Schedules.SchedulePulseAsync(OtherTeam, DayOfWeek.Monday, new TimeOnly(9, 0), default);

        var before = DateTimeOffset.UtcNow.AddSeconds(-1);
        await bot.Schedules.FirePulseNowAsync(OtherTeam, default);
        await RecordingRunners.SettleAsync(_runs.Pulses, 1);

        var pulse = Assert.Single(_runs.Pulses);
        Assert.Equal(OtherTeam, pulse.Team);
        Assert.InRange(pulse.ScheduledFireTime, before, DateTimeOffset.UtcNow);
    }

    [Fact]
    public async Task Firing_the_pulse_of_a_team_without_one_is_refused()
    {
        await using var bot = await SchedulerHost.StartAsync(_settings, _runs);

        await Assert.ThrowsAsync<JobPersistenceException>(() => bot.Schedules.FirePulseNowAsync(Team, default));
    }

    [Fact]
    public async Task A_pulse_that_throws_is_not_fired_again_and_the_schedule_goes_on()
    {
        await using var bot = await SchedulerHost.StartAsync(_settings, _runs);
        await bot.Schedules.SchedulePulseAsync(Team, DayOfWeek.Monday, new TimeOnly(9, 0), default);
        _runs.PulseFailure = new InvalidOperationException("Teams is down");

        await bot.Schedules.FirePulseNowAsync(Team, default);
        await RecordingRunners.SettleAsync(_runs.Pulses, 1);
        Assert.Single(_runs.Pulses);

        await bot.Schedules.FirePulseNowAsync(Team, default);
        await RecordingRunners.SettleAsync(_runs.Pulses, 2);
        Assert.Equal(2, _runs.Pulses.Count);
        Assert.NotNull(await bot.Schedules.NextPulseAsync(Team, default));
    }

    /// <summary>Every team's triggers; the bot's own daily runs are left out.</summary>
    private static async Task<IReadOnlyCollection<TriggerKey>> TeamTriggersAsync(SchedulerHost bot) =>
        await (await bot.SchedulerAsync()).GetTriggerKeys(GroupMatcher<TriggerKey>.GroupStartsWith("team-"));
}
