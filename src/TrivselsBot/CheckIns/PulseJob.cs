using Quartz;
using TrivselsBot.Setup;

namespace TrivselsBot.CheckIns;

/// <summary>A team's weekly pulse firing. Concurrent firings of one team (schedule plus a manual firing) run one after the other.</summary>
[DisallowConcurrentExecution]
public sealed class PulseJob(IPulseRunner runner, ILogger<PulseJob> logger) : IJob
{
    internal const string TeamKey = "team";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var team = TeamRef.FromKey(context.MergedJobDataMap.GetString(TeamKey)!);
        try
        {
            await runner.RunAsync(team, Occurrence(context), cancellationToken, recovering: context.Recovering);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // Swallowed so the trigger goes on to next week; a failed pulse is not retried by Quartz.
            logger.LogError(ex, "The pulse of team {Team} failed.", team.Key);
        }
    }

    /// <summary>
    /// The scheduled time this firing stands for: the last one that had come when it fired. After downtime Quartz
    /// fires once and reports the first occurrence it missed, which may be weeks old.
    /// </summary>
    private static DateTimeOffset Occurrence(IJobExecutionContext context)
    {
        var occurrence = context.ScheduledFireTimeUtc ?? context.FireTimeUtc;
        while (context.Trigger.GetFireTimeAfter(occurrence) is { } next && next <= context.FireTimeUtc) occurrence = next;
        return occurrence;
    }
}
