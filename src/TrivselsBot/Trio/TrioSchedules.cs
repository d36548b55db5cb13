using Microsoft.Extensions.Options;
using Quartz;
using TrivselsBot.Scheduling;
using TrivselsBot.Setup;

namespace TrivselsBot.Trio;

/// <summary>
/// Each TRIO's agenda, every N weeks on its working day before the meeting, and the daily (Monday to Friday) reminder
/// run for all TRIOs, in Copenhagen time. A TRIO's agenda job sits in its team's Quartz group, so removing the team's
/// schedule removes it too.
/// </summary>
public sealed class TrioSchedules(ISchedulerFactory schedulers, IOptions<TrioOptions> options, TimeProvider clock)
{
    private const string AgendaName = "trio-agenda";
    private static readonly JobKey RemindersKey = new("trio-reminders", "trio");

    public async Task ScheduleAgendaAsync(TrioSetup setup, CancellationToken ct)
    {
        var scheduler = await schedulers.GetScheduler(ct);
        var key = new JobKey(AgendaName, TeamSchedules.Group(setup.Team));
        var job = JobBuilder.Create<TrioAgendaJob>()
            .WithIdentity(key)
            .UsingJobData(TrioAgendaJob.TeamKey, setup.Team.Key)
            .StoreDurably()
            .Build();
        var trigger = TriggerBuilder.Create(clock)
            .WithIdentity(AgendaName, key.Group)
            .ForJob(key)
            .StartAt(FirstAgenda(setup, options.Value.AgendaTime))
            .WithCalendarIntervalSchedule(s => s
                .WithInterval(setup.IntervalWeeks, IntervalUnit.Week)
                .InTimeZone(Copenhagen.TimeZone)
                .PreserveHourOfDayAcrossDaylightSavings(true)
                .WithMisfireInstruction(CalendarIntervalTriggerMisfireInstruction.FireAndProceed))
            .Build();
        await scheduler.ScheduleJob(job, [trigger], ScheduleJobOptions.Replacing, ct);
    }

    public async Task<DateTimeOffset?> NextAgendaAsync(TeamRef team, CancellationToken ct)
    {
        var scheduler = await schedulers.GetScheduler(ct);
        return (await scheduler.GetTrigger(new TriggerKey(AgendaName, TeamSchedules.Group(team)), ct))?.NextFireTimeUtc;
    }

    /// <summary>The daily reminder run, Monday to Friday: never at weekends. Scheduling it again changes nothing.</summary>
    public async Task EnsureRemindersAsync(CancellationToken ct)
    {
        var scheduler = await schedulers.GetScheduler(ct);
        var time = options.Value.ReminderTime;
        var job = JobBuilder.Create<TrioReminderJob>().WithIdentity(RemindersKey).StoreDurably().Build();
        var trigger = TriggerBuilder.Create(clock)
            .WithIdentity(RemindersKey.Name, RemindersKey.Group)
            .ForJob(RemindersKey)
            .WithCronSchedule($"0 {time.Minute} {time.Hour} ? * MON-FRI", cron => cron
                .InTimeZone(Copenhagen.TimeZone)
                .WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed))
            .Build();
        await scheduler.ScheduleJob(job, [trigger], ScheduleJobOptions.Replacing, ct);
    }

    public async Task FireRemindersNowAsync(CancellationToken ct)
    {
        var scheduler = await schedulers.GetScheduler(ct);
        await scheduler.TriggerJob(RemindersKey, ct);
    }

    /// <summary>
    /// The agenda instant of the first meeting of the cadence. When that has passed (a meeting in a day or two), Quartz
    /// fires at once, so the TRIO still gets an agenda before it.
    /// </summary>
    internal static DateTimeOffset FirstAgenda(TrioSetup setup, TimeOnly at) =>
        Copenhagen.Instant(setup.AgendaDay(setup.FirstMeeting).ToDateTime(at));
}
