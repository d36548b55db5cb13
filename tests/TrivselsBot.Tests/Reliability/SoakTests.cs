using TrivselsBot.Testing.Faults.Scenarios;
using Xunit.Abstractions;

namespace TrivselsBot.Tests.Reliability;

/// <summary>Scenario #6 small: twenty seconds of mixed traffic at half the measured peak, without 5xx, loss or memory growth.</summary>
[Collection(FaultScenarioCollection.Name)]
public sealed class SoakTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Twenty_seconds_of_mixed_traffic_at_half_the_peak_lose_nothing_and_memory_does_not_grow()
    {
        var soak = new SoakScenario(TimeSpan.FromSeconds(20));
        var result = await soak.MeasureAsync(CancellationToken.None);
        FaultFigures.Write(output, result.Outcome);

        Assert.True(result.Outcome.Held, result.Outcome.ToString());
        Assert.True(result.Peak > 0);
        Assert.InRange(result.Requests, (int)(result.Peak / 2 * 20 * 0.8), (int)(result.Peak / 2 * 20 * 1.05));
        Assert.True(result.RssHeld, $"RSS grew from {result.RssStart / 1048576:F0} MB to {result.RssEnd / 1048576:F0} MB");
    }
}
