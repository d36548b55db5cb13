using TrivselsBot.Setup;

namespace TrivselsBot.Scheduling;

/// <summary>
/// One feature's schedule that every team of it must have: <see cref="ScheduleRepairs"/> checks each team at start-up
/// and every morning, and gives a trigger the job store lost back (a new SQLite file after a redeploy, a setup saved
/// while scheduling failed, a job that could not schedule its own next run).
/// </summary>
public interface IScheduleRepair
{
    /// <summary>The schedule, as the log names it ("weekly pulse").</summary>
    string Schedule { get; }

    /// <summary>Every team that must have the schedule, each with its check.</summary>
    IAsyncEnumerable<TeamScheduleCheck> ChecksAsync(CancellationToken ct);
}

/// <param name="RestoreIfLostAsync">Leaves a present trigger as it is; puts a lost one back and returns true.</param>
public sealed record TeamScheduleCheck(TeamRef Team, Func<CancellationToken, Task<bool>> RestoreIfLostAsync);
