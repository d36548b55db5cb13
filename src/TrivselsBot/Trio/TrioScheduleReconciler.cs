namespace TrivselsBot.Trio;

/// <summary>
/// At start-up: every TRIO gets its agenda trigger back if the job store lost it. Storage being down only delays this
/// to the next start.
/// </summary>
public sealed class TrioScheduleReconciler(TrioStore store, TrioSchedules schedules, AnnualCycle cycle, ILogger<TrioScheduleReconciler> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        log.LogInformation("Årshjul: {Items} items", cycle.Items.Count);
        try
        {
            await foreach (var trio in store.AllSetupsAsync(stoppingToken))
            {
                if (await schedules.NextAgendaAsync(trio.Team, stoppingToken) is null) await schedules.ScheduleAgendaAsync(trio, stoppingToken);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "Could not check the TRIO schedules at start-up");
        }
    }
}
