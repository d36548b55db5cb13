using TrivselsBot.Setup;

namespace TrivselsBot.CheckIns;

/// <summary>Reminds a team that the pulse of <c>period</c> is still open. Called by <see cref="ReminderJob"/>.</summary>
public interface IReminderRunner
{
    Task RunAsync(TeamRef team, PulsePeriod period, CancellationToken ct);
}
