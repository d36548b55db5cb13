using Quartz;
using TrivselsBot.Setup;

namespace TrivselsBot.CheckIns;

/// <summary>One team's reminder for one pulse period.</summary>
[DisallowConcurrentExecution]
public sealed class ReminderJob(IReminderRunner runner, ILogger<ReminderJob> logger) : IJob
{
    internal const string TeamKey = "team";
    internal const string PeriodKey = "period";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var data = context.MergedJobDataMap;
        var team = TeamRef.FromKey(data.GetString(TeamKey)!);
        if (!PulsePeriod.TryParse(data.GetString(PeriodKey), out var period))
        {
            logger.LogError("A reminder of team {Team} has no valid period; it is dropped.", team.Key);
            return;
        }
        try
        {
            await runner.RunAsync(team, period, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // Swallowed: a reminder that failed is not worth retrying in a loop.
            logger.LogError(ex, "The reminder of team {Team} for {Period} failed.", team.Key, period);
        }
    }
}
