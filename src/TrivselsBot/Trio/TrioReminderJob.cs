using Quartz;

namespace TrivselsBot.Trio;

/// <summary>The daily action reminder run for every TRIO.</summary>
[DisallowConcurrentExecution]
public sealed class TrioReminderJob(TrioReminders reminders, ILogger<TrioReminderJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await reminders.RunAsync(cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // Swallowed: tomorrow's run reminds of whatever this one could not.
            logger.LogError(ex, "The TRIO action reminders failed.");
        }
    }
}
