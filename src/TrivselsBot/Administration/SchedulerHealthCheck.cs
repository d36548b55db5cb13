using Microsoft.Extensions.Diagnostics.HealthChecks;
using Quartz;

namespace TrivselsBot.Administration;

/// <summary>The Quartz scheduler is started, not paused, and its job store answers.</summary>
public sealed class SchedulerHealthCheck(ISchedulerFactory schedulers) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var scheduler = await schedulers.GetScheduler(cancellationToken);
            var status = await scheduler.GetStatus(cancellationToken);
            if (status != SchedulerStatus.Running) return HealthCheckResult.Unhealthy($"The scheduler is not running ({status}).");
            await scheduler.Exists(RetentionSchedule.Job, cancellationToken); // reads the job store
            return HealthCheckResult.Healthy("The scheduler runs and its job store answers.");
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"The scheduler's job store does not answer ({e.GetType().Name}).");
        }
    }
}
