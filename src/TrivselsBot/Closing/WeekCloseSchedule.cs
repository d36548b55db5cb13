using Quartz;
using TrivselsBot.Scheduling;

namespace TrivselsBot.Closing;

/// <summary>
/// <see cref="WeekCloseJob"/> every Monday at 00:15 Copenhagen time, just after a pulse week ends. Daylight saving
/// changes happen on Sunday nights between 02:00 and 03:00, so Monday 00:15 always exists, once.
/// </summary>
public sealed class WeekCloseSchedule(ISchedulerFactory schedulers, TimeProvider clock, ILogger<WeekCloseSchedule> log)
    : RecurringJobSchedule<WeekCloseJob>(schedulers, clock, log, Job, $"0 {RunsAt.Minute} {RunsAt.Hour} ? * MON")
{
    public static readonly TimeOnly RunsAt = new(0, 15);
    public static readonly JobKey Job = new("week-close", "maintenance");
}
