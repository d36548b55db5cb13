using TrivselsBot.Scheduling;

namespace TrivselsBot.Setup;

/// <summary>Every set-up team has its weekly pulse trigger; a lost one is scheduled again from its setup.</summary>
public sealed class PulseScheduleRepair(TeamSetupStore setups, TeamSchedules schedules) : IScheduleRepair
{
    public string Schedule => "weekly pulse";

    public IAsyncEnumerable<TeamScheduleCheck> ChecksAsync(CancellationToken ct) =>
        setups.AllAsync(ct).Select(setup => new TeamScheduleCheck(setup.Team, c => RestoreIfLostAsync(setup, c)));

    private async Task<bool> RestoreIfLostAsync(TeamSetup setup, CancellationToken ct)
    {
        if (await schedules.NextPulseAsync(setup.Team, ct) is not null) return false;
        await schedules.SchedulePulseAsync(setup.Team, setup.PulseDay, setup.PulseTime, ct);
        return true;
    }
}
