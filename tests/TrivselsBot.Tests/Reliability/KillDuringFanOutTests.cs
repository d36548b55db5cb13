using TrivselsBot.Testing;
using TrivselsBot.Testing.Faults.Scenarios;
using Xunit.Abstractions;

namespace TrivselsBot.Tests.Reliability;

/// <summary>
/// Scenario 1 small: the bot process is killed with SIGKILL mid-fan-out and started again. Its own class (not the Azurite
/// collection) so that its wait for stale claims, a minute at least, runs beside other tests.
/// </summary>
public sealed class KillDuringFanOutTests(AzuriteServer azurite, ITestOutputHelper output) : IClassFixture<AzuriteServer>
{
    private const int Members = 200;

    [Fact]
    public async Task A_bot_killed_mid_fan_out_and_restarted_gives_every_member_one_card_repeating_at_most_those_in_flight()
    {
        var scenario = new KillDuringFanOutScenario(Members, azurite.ConnectionString);

        var outcome = await scenario.RunAsync(default);
        foreach (var (name, value) in outcome.Figures) output.WriteLine($"{name}: {value}");

        Assert.InRange(scenario.CardsBeforeKill, 1, Members - 1); // the kill hit mid-run
        Assert.True(scenario.CardsAfterRestart > 0, "the restarted process took the interrupted pulse up by itself");
        Assert.Equal(0, outcome.Lost);
        Assert.InRange(outcome.Duplicates, 0, KillDuringFanOutScenario.InFlightBound);
        Assert.Equal(0, outcome.ServerErrors);
        Assert.True(outcome.Held);
    }
}
