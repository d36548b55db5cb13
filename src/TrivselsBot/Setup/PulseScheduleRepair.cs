using TrivselsBot.Scheduling;

namespace TrivselsBot.Setup;

/// <summary>Every set-up team has its weekly pulse trigger; a lost one is scheduled again from its setup.</summary>
public sealed class PulseScheduleRepair(TeamSetupStore setups, TeamSchedules schedules) : IScheduleRepair
{
    public string Schedule => "weekly pulse";

    public IAsyncEnumerable<TeamScheduleCheck> ChecksAsync(CancellationToken ct) =>
        setups.AllAsync(ct).Select(setup => new TeamScheduleCheck(setup.Team, c => RestoreIfLostAsync(setup, c)));

    private async Task<bool> RestoreIfLostAsync(TeamSetup listed, CancellationToken ct)
    {
        if (await schedules.NextPulseAsync(listed.Team, ct) is not null) return false;
        // Read again: the list may be older than an erasure (nothing to restore) or a new setup (its time, not the old one).
        if (await setups.GetAsync(listed.Team, ct) is not { } setup) return false;
        await schedules.SchedulePulseAsync(setup.Team, setup.PulseDay, setup.PulseTime, ct);
        return true;
    }
}
