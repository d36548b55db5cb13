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
        // The next agenda is scheduled before this one is sent, so a failed send does not end the cadence; a failed
        // scheduling does not hold this agenda back either. A firing outside the schedule (the local try) leaves the
        // schedule alone.
        if (TrioSchedules.IsAgendaTrigger(context.Trigger.Key)) await ScheduleNextAsync(team, cancellationToken);
        try
        {
            await sender.SendAsync(team, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // Swallowed; members can still ask with "trio dagsorden".
            logger.LogError(ex, "The TRIO agenda of team {Team} could not be sent.", team.Key);
        }
    }

    private async Task ScheduleNextAsync(TeamRef team, CancellationToken ct)
    {
        try
        {
            if (await store.GetSetupAsync(team, ct) is { } trio) await schedules.ScheduleAgendaAfterAsync(trio, agendas.NextMeeting(trio), ct);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            logger.LogError(ex, "The next TRIO agenda of team {Team} could not be scheduled; this one is sent all the same, and the morning's schedule repair gives the TRIO its next agenda.", team.Key);
        }
    }
}
