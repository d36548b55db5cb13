namespace TrivselsBot.Scheduling;

/// <summary>
/// Runs every feature's <see cref="IScheduleRepair"/>. A team whose check fails is logged and the others are still
/// checked; a store that cannot be read is logged and tried again at the next run. One run at a time: the start-up run
/// and a morning run missed while the bot was down would otherwise both restore the same lost trigger.
/// </summary>
public sealed class ScheduleRepairs(IEnumerable<IScheduleRepair> repairs, ILogger<ScheduleRepairs> log) : IDisposable
{
    private readonly SemaphoreSlim _oneRun = new(1, 1);

    public async Task RunAsync(CancellationToken ct)
    {
        await _oneRun.WaitAsync(ct);
        try
        {
            foreach (var repair in repairs) await RunAsync(repair, ct);
        }
        finally
        {
            _oneRun.Release();
        }
    }

    public void Dispose() => _oneRun.Dispose();

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
