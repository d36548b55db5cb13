using TrivselsBot.Testing.Faults.Scenarios;
using Xunit.Abstractions;

namespace TrivselsBot.Tests.Reliability;

/// <summary>Scenario #4 small: a thousand fuzzed inputs of every kind get no 5xx, change no stored row, and leave memory where it was.</summary>
[Collection(FaultScenarioCollection.Name)]
public sealed class BadInputAtVolumeTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_thousand_fuzzed_activities_and_card_submissions_get_no_5xx_write_nothing_and_memory_comes_back_to_its_baseline()
    {
        var result = await new BadInputAtVolumeScenario(inputs: 1_000).MeasureAsync(CancellationToken.None);
        FaultFigures.Write(output, result.Outcome);

        Assert.True(result.Outcome.Held, result.Outcome.ToString());
        Assert.All(Enum.GetValues<BadInputKind>(), kind => Assert.True(result.Hits.GetValueOrDefault(kind) >= 50, $"{kind} was sent {result.Hits.GetValueOrDefault(kind)} times"));
        Assert.Equal(0, result.StrayRows);
        Assert.True(result.ControlsThanked >= 5, "the control answers were not stored, so the row comparison proves nothing");
        Assert.True(result.BackToBaseline, "resident memory did not come back to its baseline");
    }
}
