using Quartz;

namespace TrivselsBot.Scheduling;

/// <summary>
/// Puts one recurring job on the schedule at start-up, on a cron schedule in Copenhagen time. A run missed while the
/// bot was down fires once when it is back; a changed schedule (say, a new time in configuration) replaces the old one.
/// </summary>
public abstract class RecurringJobSchedule<TJob>(ISchedulerFactory schedulers, TimeProvider clock, ILogger log, JobKey job, string cron) : BackgroundService
    where TJob : IJob
{
    public async Task EnsureScheduledAsync(CancellationToken ct)
    {
        var scheduler = await schedulers.GetScheduler(ct);
        // Left as it is when present and unchanged, so a run missed while the bot was down still gets fired.
        if (await scheduler.GetTrigger(new TriggerKey(job.Name, job.Group), ct) is ICronTrigger { CronExpressionString: var current } && current == cron) return;
        var detail = JobBuilder.Create<TJob>().WithIdentity(job).StoreDurably().Build();
        var trigger = TriggerBuilder.Create(clock)
            .WithIdentity(job.Name, job.Group)
            .ForJob(job)
            .WithCronSchedule(cron, schedule => schedule
                .InTimeZone(Copenhagen.TimeZone)
                .WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed))
            .Build();
        await scheduler.ScheduleJob(detail, [trigger], ScheduleJobOptions.Replacing, ct);
    }

    public async Task<DateTimeOffset?> NextRunAsync(CancellationToken ct)
    {
        var scheduler = await schedulers.GetScheduler(ct);
        return (await scheduler.GetTrigger(new TriggerKey(job.Name, job.Group), ct))?.NextFireTimeUtc;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await EnsureScheduledAsync(stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "Could not schedule {Job}; it is tried again at the next start", job);
        }
    }
}
