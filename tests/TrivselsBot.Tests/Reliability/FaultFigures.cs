using TrivselsBot.Testing.Faults.Scenarios;
using Xunit.Abstractions;

namespace TrivselsBot.Tests.Reliability;

/// <summary>A scenario's counts and figures in the test's output, so a failure (or a pass) can be read without the bench.</summary>
internal static class FaultFigures
{
    public static void Write(ITestOutputHelper output, FaultOutcome o)
    {
        output.WriteLine($"{o.Scenario}: lost {o.Lost}, duplicates {o.Duplicates} (bound {o.DuplicateBound}), 5xx {o.ServerErrors}, partial writes {o.PartialWrites}, {o.Elapsed.TotalSeconds:F1} s");
        foreach (var (name, value) in o.Figures) output.WriteLine($"  {name}: {value}");
    }
}
