using TrivselsBot.Scheduling;

namespace TrivselsBot.Trio;

/// <summary>
/// Every TRIO has its agenda trigger; a lost one (or the repeating one of earlier versions) is scheduled again for the
/// next meeting from today on. When that meeting's agenda already went out, its firing sends nobody a second one (one
/// agenda per member and meeting) and schedules the meeting after, so the cadence goes on.
/// </summary>
public sealed class TrioAgendaScheduleRepair(TrioStore store, TrioSchedules schedules) : IScheduleRepair
{
    public string Schedule => "TRIO agenda";

    public IAsyncEnumerable<TeamScheduleCheck> ChecksAsync(CancellationToken ct) =>
        store.AllSetupsAsync(ct).Select(trio => new TeamScheduleCheck(trio.Team, c => RestoreIfLostAsync(trio, c)));

    private async Task<bool> RestoreIfLostAsync(TrioSetup trio, CancellationToken ct)
    {
        if (await schedules.NextAgendaAsync(trio.Team, ct) is not null) return false;
        await schedules.ScheduleAgendaAsync(trio, ct);
        return true;
    }
}
