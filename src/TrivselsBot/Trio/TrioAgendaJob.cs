using Quartz;
using TrivselsBot.Setup;

namespace TrivselsBot.Trio;

/// <summary>A TRIO's agenda firing, some working days before its meeting.</summary>
[DisallowConcurrentExecution]
public sealed class TrioAgendaJob(TrioAgendaSender sender, ILogger<TrioAgendaJob> logger) : IJob
{
    internal const string TeamKey = "team";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var team = TeamRef.FromKey(context.MergedJobDataMap.GetString(TeamKey)!);
        try
        {
            await sender.SendAsync(team, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // Swallowed so the trigger goes on to the next meeting; members can still ask with "trio dagsorden".
            logger.LogError(ex, "The TRIO agenda of team {Team} failed.", team.Key);
        }
    }
}
