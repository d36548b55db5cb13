namespace TrivselsBot.Scheduling;

/// <summary>
/// Runs every feature's <see cref="IScheduleRepair"/>. A team whose check fails is logged and the others are still
/// checked; a store that cannot be read is logged and tried again at the next run.
/// </summary>
public sealed class ScheduleRepairs(IEnumerable<IScheduleRepair> repairs, ILogger<ScheduleRepairs> log)
{
    public async Task RunAsync(CancellationToken ct)
    {
        foreach (var repair in repairs) await RunAsync(repair, ct);
    }

    private async Task RunAsync(IScheduleRepair repair, CancellationToken ct)
    {
        var restored = 0;
        try
        {
            await foreach (var check in repair.ChecksAsync(ct))
            {
                try
                {
                    if (await check.RestoreIfLostAsync(ct)) restored++;
                }
                catch (Exception e) when (!ct.IsCancellationRequested)
                {
                    log.LogError(e, "Could not check the {Schedule} schedule of team {Team}; the next repair run tries again", repair.Schedule, check.Team.Key);
                }
            }
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            log.LogError(e, "Could not read the teams of the {Schedule} schedule; the next repair run tries again", repair.Schedule);
        }
        if (restored > 0) log.LogWarning("Restored the {Schedule} schedule of {Teams} team(s)", repair.Schedule, restored);
    }
}
