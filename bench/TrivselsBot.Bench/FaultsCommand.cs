using System.Diagnostics;
using TrivselsBot.Testing.Faults.Scenarios;

namespace TrivselsBot.Bench;

/// <summary>
/// <c>faults</c>: runs every fault scenario at full size against the real service in separate processes, prints a row
/// per scenario with its figures, then one line <c>faults: … lost 0, duplicates 0, 5xx 0, …</c> last.
/// A scenario that throws counts as not held and the run goes on with the next.
/// </summary>
public static class FaultsCommand
{
    /// <summary>The full-size scenarios in the issue's order; <c>faults 1 3</c> runs the first and third.</summary>
    public static IReadOnlyList<IFaultScenario> FullSize() =>
    [
        new KillDuringFanOutScenario(2_000), // 1
        new TwoInstancesOnPostgresScenario(2_000), // 2
        new StorageDownDuringAnswersScenario(answers: 500), // 3
        new BadInputAtVolumeScenario(inputs: 10_000), // 4
        new ConnectorFaultsScenario(2_000), // 5
        new SoakScenario(TimeSpan.FromMinutes(3)), // 6
    ];

    public static async Task<int> RunAsync(IReadOnlyList<int> only)
    {
        var all = FullSize();
        var chosen = only.Count == 0 ? all : only.Select(n => all[n - 1]).ToList();
        var total = Stopwatch.StartNew();
        var outcomes = new List<FaultOutcome>();
        var crashed = new List<string>();
        foreach (var scenario in chosen)
        {
            Console.WriteLine($"== {scenario.Name}");
            try
            {
                var outcome = await scenario.RunAsync(CancellationToken.None);
                outcomes.Add(outcome);
                Print(outcome);
            }
            catch (Exception e)
            {
                crashed.Add(scenario.Name);
                Console.WriteLine($"   did not complete: {e.GetType().Name}: {e.Message}");
            }
        }

        var held = outcomes.Count(o => o.Held);
        Console.WriteLine(
            $"faults: {chosen.Count} scenarios, {held} held, {crashed.Count} did not complete, " +
            $"lost {outcomes.Sum(o => o.Lost)}, duplicates {outcomes.Sum(o => o.Duplicates)} (bound {outcomes.Sum(o => o.DuplicateBound)}), " +
            $"5xx {outcomes.Sum(o => o.ServerErrors)}, partial writes {outcomes.Sum(o => o.PartialWrites)}, in {total.Elapsed:m\\:ss}");
        return held == chosen.Count ? 0 : 1;
    }

    private static void Print(FaultOutcome o)
    {
        Console.WriteLine($"   lost {o.Lost}, duplicates {o.Duplicates} (bound {o.DuplicateBound}), 5xx {o.ServerErrors}, partial writes {o.PartialWrites}, {o.Elapsed.TotalSeconds:0.0} s — {(o.Held ? "held" : "NOT HELD")}");
        foreach (var (name, value) in o.Figures) Console.WriteLine($"   {name,-40} {value}");
    }
}
