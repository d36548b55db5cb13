using Quartz;
using TrivselsBot.Setup;

namespace TrivselsBot.Trio;

/// <summary>A TRIO's agenda firing, some working days before its meeting; it schedules the next meeting's agenda.</summary>
[DisallowConcurrentExecution]
public sealed class TrioAgendaJob(TrioStore store, TrioAgendas agendas, TrioSchedules schedules, TrioAgendaSender sender,
    ILogger<TrioAgendaJob> logger) : IJob
{
    internal const string TeamKey = "team";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var team = TeamRef.FromKey(context.MergedJobDataMap.GetString(TeamKey)!);
        try
        {
            // The next agenda is scheduled before this one is sent, so a failed send does not end the cadence. A firing
            // outside the schedule (the local try) leaves the schedule alone.
            if (TrioSchedules.IsAgendaTrigger(context.Trigger.Key) && await store.GetSetupAsync(team, cancellationToken) is { } trio)
            {
                await schedules.ScheduleAgendaAfterAsync(trio, agendas.NextMeeting(trio), cancellationToken);
            }
            await sender.SendAsync(team, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // Swallowed; members can still ask with "trio dagsorden".
            logger.LogError(ex, "The TRIO agenda of team {Team} failed.", team.Key);
        }
    }
}
