namespace TrivselsBot.Testing.Faults.Scenarios;

/// <summary>
/// One way of breaking the running service (separate processes on loopback) and counting what it cost. The bench's
/// <c>faults</c> command runs each at full size; the test suite runs each small and asserts the same zeros.
/// </summary>
public interface IFaultScenario
{
    /// <summary>Short name for the table row, e.g. "kill -9 during fan-out".</summary>
    string Name { get; }

    Task<FaultOutcome> RunAsync(CancellationToken ct);
}

/// <summary>
/// What a scenario counted. <see cref="Lost"/>: work accepted (or due) that never happened; <see cref="Duplicates"/>: work
/// done twice, to compare with <see cref="DuplicateBound"/> (the documented most, 0 where none is allowed);
/// <see cref="ServerErrors"/>: 5xx answers the service gave; <see cref="PartialWrites"/>: rows left half-written.
/// <see cref="Figures"/> are the scenario's own measurements in the order they should be printed (name → value with unit).
/// </summary>
public sealed record FaultOutcome(
    string Scenario,
    int Lost,
    int Duplicates,
    int DuplicateBound,
    int ServerErrors,
    int PartialWrites,
    TimeSpan Elapsed,
    IReadOnlyList<KeyValuePair<string, string>> Figures)
{
    public bool Held => Lost == 0 && ServerErrors == 0 && PartialWrites == 0 && Duplicates <= DuplicateBound;
}
