using System.Globalization;
using Quartz;
using TrivselsBot.CheckIns;
using TrivselsBot.Setup;

namespace TrivselsBot.Scheduling;

/// <summary>
/// Each team's weekly pulse and its reminders, in Copenhagen time. A team's jobs share one Quartz group named after
/// <see cref="TeamRef.Key"/>, so they can be found and removed together.
/// </summary>
public sealed class TeamSchedules(ISchedulerFactory schedulers, TimeProvider clock)
{
    public async Task SchedulePulseAsync(TeamRef team, DayOfWeek day, TimeOnly time, CancellationToken ct)
    {
        var scheduler = await schedulers.GetScheduler(ct);
        var job = JobBuilder.Create<PulseJob>()
            .WithIdentity(PulseJobKey(team))
            .UsingJobData(PulseJob.TeamKey, team.Key)
            .StoreDurably()
            .RequestRecovery() // an instance that dies mid-pulse has it re-run (by itself on restart, or by another node)
            .Build();
        await scheduler.ScheduleJob(job, [PulseTrigger(team, day, time, clock)], ScheduleJobOptions.Replacing, ct);
    }

    public async Task<DateTimeOffset?> NextPulseAsync(TeamRef team, CancellationToken ct)
    {
        var scheduler = await schedulers.GetScheduler(ct);
        var trigger = await scheduler.GetTrigger(new TriggerKey(PulseName, Group(team)), ct);
        return trigger?.NextFireTimeUtc;
    }

    /// <summary>One reminder per team and period: scheduling the same period again moves it rather than adding one.</summary>
    public async Task ScheduleReminderAsync(TeamRef team, PulsePeriod period, DateTimeOffset at, CancellationToken ct)
    {
        var scheduler = await schedulers.GetScheduler(ct);
        var name = ReminderName(period);
        var job = JobBuilder.Create<ReminderJob>()
            .WithIdentity(name, Group(team))
            .UsingJobData(ReminderJob.TeamKey, team.Key)
            .UsingJobData(ReminderJob.PeriodKey, period.ToString())
            .Build();
        var trigger = TriggerBuilder.Create(clock)
            .WithIdentity(name, Group(team))
            .StartAt(at)
            .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();
        await scheduler.ScheduleJob(job, [trigger], ScheduleJobOptions.Replacing, ct);
    }

    /// <summary>
    /// Runs the team's pulse job once more at <paramref name="at"/>, to finish a week's pulse that could not reach
    /// everyone yet (members still claimed by a sender that died). One pending resume per team and week.
    /// </summary>
    public async Task ScheduleResumeAsync(TeamRef team, PulsePeriod period, DateTimeOffset at, CancellationToken ct)
    {
        var scheduler = await schedulers.GetScheduler(ct);
        var trigger = TriggerBuilder.Create(clock)
            .WithIdentity($"resume-{period}", Group(team))
            .ForJob(PulseJobKey(team))
            .StartAt(at)
            .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();
        var job = await scheduler.GetJobDetail(PulseJobKey(team), ct) ?? throw new InvalidOperationException("The team has no pulse job.");
        await scheduler.ScheduleJob(job, [trigger], ScheduleJobOptions.Replacing, ct);
    }

    /// <summary>Runs the team's pulse at once, outside its schedule. Throws <see cref="JobPersistenceException"/> when the team has no pulse.</summary>
    public async Task FirePulseNowAsync(TeamRef team, CancellationToken ct)
    {
        var scheduler = await schedulers.GetScheduler(ct);
        await scheduler.TriggerJob(PulseJobKey(team), ct);
    }

    /// <summary>Removes the team's pulse and every pending reminder.</summary>
    public async Task UnscheduleTeamAsync(TeamRef team, CancellationToken ct)
    {
        var scheduler = await schedulers.GetScheduler(ct);
        await scheduler.DeleteJobs(GroupMatcher<JobKey>.GroupEquals(Group(team)), ct);
    }

    /// <summary>
    /// The instant <paramref name="workingDays"/> Copenhagen working days after the pulse fired, at <paramref name="at"/>
    /// or else the pulse's own time of day. Weekends, holidays and the organisation's closed days are skipped and never
    /// returned.
    /// </summary>
    public static DateTimeOffset ReminderTime(DateTimeOffset pulseFiredAt, int workingDays, DanishWorkingDays calendar, TimeOnly? at = null)
    {
        var local = Copenhagen.LocalTime(pulseFiredAt);
        var date = calendar.After(DateOnly.FromDateTime(local), workingDays);
        return Copenhagen.Instant(date.ToDateTime(at ?? TimeOnly.FromDateTime(local)));
    }

    /// <summary>
    /// Weekly at <paramref name="time"/> Copenhagen wall-clock time. A time the spring change skips fires at 03:00
    /// summer time that one Sunday; a time the autumn change repeats fires once, at its first (summer time) occurrence.
    /// A missed firing (the service was down) fires once when the scheduler is back, however many weeks were missed.
    /// </summary>
    internal static ITrigger PulseTrigger(TeamRef team, DayOfWeek day, TimeOnly time, TimeProvider clock) =>
        TriggerBuilder.Create(clock)
            .WithIdentity(PulseName, Group(team))
            .ForJob(PulseJobKey(team))
            .WithCronSchedule(PulseCron(day, time), cron => cron
                .InTimeZone(Copenhagen.TimeZone)
                .WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed))
            .Build();

    private const string PulseName = "pulse";

    private static JobKey PulseJobKey(TeamRef team) => new(PulseName, Group(team));

    private static string ReminderName(PulsePeriod period) => "reminder-" + period;

    /// <summary>
    /// Team keys are already URI-escaped; '.' is escaped too because Quartz prints a key as "group.name" and parses
    /// it back at the first dot.
    /// </summary>
    internal static string Group(TeamRef team) => "team-" + team.Key.Replace(".", "%2E", StringComparison.Ordinal);

    private static string PulseCron(DayOfWeek day, TimeOnly time) => string.Create(CultureInfo.InvariantCulture,
        $"{time.Second} {time.Minute} {time.Hour} ? * {day.ToString()[..3].ToUpperInvariant()}");
}
