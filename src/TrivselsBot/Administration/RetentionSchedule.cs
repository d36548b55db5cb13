using Quartz;
using TrivselsBot.Scheduling;

namespace TrivselsBot.Administration;

/// <summary>
/// Puts <see cref="RetentionJob"/> on the schedule at start-up, every night at 03:30 Copenhagen time: an hour no daylight
/// saving change skips or repeats (those happen between 02:00 and 03:00), so it runs exactly once every night. A night
/// missed while the bot was down runs once when it is back.
/// </summary>
public sealed class RetentionSchedule(ISchedulerFactory schedulers, TimeProvider clock, ILogger<RetentionSchedule> log) : BackgroundService
{
    public static readonly TimeOnly RunsAt = new(3, 30);
    public static readonly JobKey Job = new("retention", "maintenance");

    public async Task EnsureScheduledAsync(CancellationToken ct)
    {
        var scheduler = await schedulers.GetScheduler(ct);
        // Left as it is when present, so a night missed while the bot was down still gets its run.
        if (await scheduler.Exists(new TriggerKey(Job.Name, Job.Group), ct)) return;
        var job = JobBuilder.Create<RetentionJob>().WithIdentity(Job).StoreDurably().Build();
        var trigger = TriggerBuilder.Create(clock)
            .WithIdentity(Job.Name, Job.Group)
            .ForJob(Job)
            .WithCronSchedule($"0 {RunsAt.Minute} {RunsAt.Hour} * * ?", cron => cron
                .InTimeZone(Copenhagen.TimeZone)
                .WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed))
            .Build();
        await scheduler.ScheduleJob(job, [trigger], ScheduleJobOptions.Replacing, ct);
    }

    public async Task<DateTimeOffset?> NextRunAsync(CancellationToken ct)
    {
        var scheduler = await schedulers.GetScheduler(ct);
        return (await scheduler.GetTrigger(new TriggerKey(Job.Name, Job.Group), ct))?.NextFireTimeUtc;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await EnsureScheduledAsync(stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "Could not schedule the nightly retention run; it is tried again at the next start");
        }
    }
}
