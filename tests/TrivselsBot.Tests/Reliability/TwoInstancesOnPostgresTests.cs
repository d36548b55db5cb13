using TrivselsBot.Testing;
using TrivselsBot.Testing.Faults.Scenarios;
using Xunit.Abstractions;

namespace TrivselsBot.Tests.Reliability;

/// <summary>Scenario 2 small: two bot processes on one PostgreSQL job store; the one sending the pulse is killed.</summary>
public sealed class TwoInstancesOnPostgresTests(AzuriteServer azurite, PostgresServer postgres, ITestOutputHelper output) : IClassFixture<AzuriteServer>, IClassFixture<PostgresServer>
{
    private const int Members = 200;

    [PostgresFact]
    public async Task When_the_instance_sending_a_pulse_is_killed_the_other_finishes_it_and_every_member_gets_one_card()
    {
        var scenario = new TwoInstancesOnPostgresScenario(Members, azurite.ConnectionString, postgres.ConnectionString);

        var outcome = await scenario.RunAsync(default);
        foreach (var (name, value) in outcome.Figures) output.WriteLine($"{name}: {value}");

        Assert.InRange(scenario.CardsBeforeKill, 1, Members - 1);
        Assert.True(scenario.CardsBySurvivor > 0, "the surviving instance took the pulse job over through the cluster");
        Assert.Equal(0, outcome.Lost);
        Assert.InRange(outcome.Duplicates, 0, KillDuringFanOutScenario.InFlightBound);
        Assert.Equal(0, outcome.ServerErrors);
        Assert.True(outcome.Held);
    }
}
