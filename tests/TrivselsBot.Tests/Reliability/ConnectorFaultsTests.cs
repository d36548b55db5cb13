using TrivselsBot.Testing;
using TrivselsBot.Testing.Faults.Scenarios;
using Xunit.Abstractions;

namespace TrivselsBot.Tests.Reliability;

/// <summary>Scenario 5 small: the Bot Connector answers 429 bursts, 500s and cut connections during a fan-out.</summary>
public sealed class ConnectorFaultsTests(AzuriteServer azurite, ITestOutputHelper output) : IClassFixture<AzuriteServer>
{
    private const int Members = 200;

    [Fact]
    public async Task Under_429_bursts_500s_and_cut_connections_every_member_gets_exactly_one_card_within_Teams_limits()
    {
        var scenario = new ConnectorFaultsScenario(Members, azurite.ConnectionString);

        var outcome = await scenario.RunAsync(default);
        foreach (var (name, value) in outcome.Figures) output.WriteLine($"{name}: {value}");

        Assert.True(scenario.Injected!.BurstThrottled > 0, "429 bursts were answered");
        Assert.True(scenario.Injected.ServerErrors > 0, "500s were answered");
        Assert.True(scenario.Injected.Drops > 0, "connections were cut");
        Assert.Equal(0, outcome.Lost);
        Assert.Equal(0, outcome.Duplicates);
        Assert.Equal(0, outcome.ServerErrors);
        Assert.Equal(0, scenario.OverLimits);
        Assert.True(outcome.Held);
    }
}
