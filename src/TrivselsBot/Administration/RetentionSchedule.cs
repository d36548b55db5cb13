using Quartz;
using TrivselsBot.Scheduling;

namespace TrivselsBot.Administration;

/// <summary>
/// <see cref="RetentionJob"/> every night at 03:30 Copenhagen time: an hour no daylight saving change skips or repeats
/// (those happen between 02:00 and 03:00), so it runs exactly once every night.
/// </summary>
public sealed class RetentionSchedule(ISchedulerFactory schedulers, TimeProvider clock, ILogger<RetentionSchedule> log)
    : RecurringJobSchedule<RetentionJob>(schedulers, clock, log, Job, $"0 {RunsAt.Minute} {RunsAt.Hour} * * ?")
{
    public static readonly TimeOnly RunsAt = new(3, 30);
    public static readonly JobKey Job = new("retention", "maintenance");
}
