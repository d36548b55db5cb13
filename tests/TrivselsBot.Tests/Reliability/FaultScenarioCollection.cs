namespace TrivselsBot.Tests.Reliability;

/// <summary>
/// The fault scenarios start their own processes and measure rates and memory: run one at a time and beside no other
/// test, so a peak measured in a quiet moment is not then run against a machine busy with the next scenario.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class FaultScenarioCollection
{
    public const string Name = "Fault scenarios";
}
