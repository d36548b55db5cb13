using Quartz;

namespace TrivselsBot.Administration;

/// <summary>The nightly clean-up: finishes erasures that were cut off, then deletes raw rows past their retention.</summary>
[DisallowConcurrentExecution]
public sealed class RetentionJob(TeamErasure erasure, RetentionSweep sweep, ILogger<RetentionJob> log) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var resumed = await erasure.ResumeUnfinishedAsync(cancellationToken);
            if (resumed > 0) log.LogWarning("Finished {Erasures} erasure(s) that had been cut off", resumed);
            await sweep.DeleteExpiredAsync(cancellationToken);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            // Swallowed so the trigger goes on: tomorrow's run deletes whatever tonight's could not.
            log.LogError(e, "The nightly retention run failed");
        }
    }
}
