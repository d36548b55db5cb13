using TrivselsBot.Scheduling;
using TrivselsBot.Setup;

namespace TrivselsBot.Trio;

/// <summary>
/// Every TRIO has its agenda trigger; a lost one (or the repeating one of earlier versions) is scheduled again for the
/// next meeting from today on. When that meeting's agenda already went out, its firing sends nobody a second one (one
/// agenda per member and meeting) and schedules the meeting after, so the cadence goes on.
/// </summary>
public sealed class TrioAgendaScheduleRepair(TrioStore store, TeamSetupStore teams, TrioSchedules schedules) : IScheduleRepair
{
    public string Schedule => "TRIO agenda";

    public IAsyncEnumerable<TeamScheduleCheck> ChecksAsync(CancellationToken ct) =>
        store.AllSetupsAsync(ct).Select(trio => new TeamScheduleCheck(trio.Team, c => RestoreIfLostAsync(trio, c)));

    private async Task<bool> RestoreIfLostAsync(TrioSetup listed, CancellationToken ct)
    {
        if (await schedules.NextAgendaAsync(listed.Team, ct) is not null) return false;
        // Read again: the list may be older than an erasure (the team's setup goes first) or a changed TRIO setup.
        if (await teams.GetAsync(listed.Team, ct) is null || await store.GetSetupAsync(listed.Team, ct) is not { } trio) return false;
        await schedules.ScheduleAgendaAsync(trio, ct);
        return true;
    }
}
