using TrivselsBot.Setup;

namespace TrivselsBot.CheckIns;

/// <summary>Sends a team's weekly pulse. Called by <see cref="PulseJob"/> when the team's schedule fires.</summary>
public interface IPulseRunner
{
    /// <summary>
    /// The pulse belongs to <c>PulsePeriod.Containing(scheduledFireTime)</c>. <paramref name="scheduledFireTime"/> is
    /// the latest scheduled time that had come when the pulse fired: after downtime the missed pulse fires once, for
    /// the last occurrence it missed (its period may already be closed), and a manual firing stands for its own time.
    /// A pulse may arrive twice (a manual firing, a retry in a cluster); the runner makes the second one a no-op.
    /// </summary>
    /// <param name="recovering">Quartz re-runs a pulse whose instance died while sending: take over its unfinished work at once.</param>
    Task RunAsync(TeamRef team, DateTimeOffset scheduledFireTime, CancellationToken ct, bool recovering = false);
}
