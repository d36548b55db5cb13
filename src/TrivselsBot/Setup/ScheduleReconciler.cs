using TrivselsBot.Scheduling;

namespace TrivselsBot.Setup;

/// <summary>
/// At start-up, gives every set-up team its weekly trigger back if the job store lost it (a new SQLite file after a
/// redeploy, a setup saved while scheduling failed). Storage being down only delays this to the next start.
/// </summary>
public sealed class ScheduleReconciler(TeamSetupStore setups, TeamSchedules schedules, ILogger<ScheduleReconciler> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var restored = 0;
            await foreach (var setup in setups.AllAsync(stoppingToken))
            {
                if (await schedules.NextPulseAsync(setup.Team, stoppingToken) is not null) continue;
                await schedules.SchedulePulseAsync(setup.Team, setup.PulseDay, setup.PulseTime, stoppingToken);
                restored++;
            }
            if (restored > 0) log.LogWarning("Restored the weekly pulse schedule of {Teams} team(s)", restored);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "Could not check the teams' pulse schedules at start-up");
        }
    }
}
