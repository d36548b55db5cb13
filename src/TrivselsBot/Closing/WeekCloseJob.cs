using Quartz;

namespace TrivselsBot.Closing;

/// <summary>The Monday run that closes the weeks that have ended and sends the leaders their summary.</summary>
[DisallowConcurrentExecution]
public sealed class WeekCloseJob(WeekClosing closing, ILogger<WeekCloseJob> log) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await closing.CloseAllAsync(cancellationToken);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            // Swallowed so the trigger goes on: each team's pulse closes its ended weeks too, and next Monday's run catches up.
            log.LogError(e, "The weekly close run failed");
        }
    }
}
