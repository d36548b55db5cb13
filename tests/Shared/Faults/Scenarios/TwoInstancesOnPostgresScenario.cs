using System.Diagnostics;

namespace TrivselsBot.Testing.Faults.Scenarios;

/// <summary>
/// Scenario 2: two bot processes sharing the tables and one clustered Quartz job store in PostgreSQL. The one that runs
/// the team's pulse is killed with SIGKILL mid-fan-out; the cluster sees it stop checking in and gives the job to the
/// other, which sends the rest and, once their claims are stale, the members the dead one had in flight. Counted as in
/// <see cref="KillDuringFanOutScenario"/>; the survivor is never restarted.
/// </summary>
public sealed class TwoInstancesOnPostgresScenario(int members, string? tablesConnectionString = null, string? postgresConnectionString = null)
    : IFaultScenario
{
    private static readonly TimeSpan CheckinInterval = TimeSpan.FromSeconds(2);

    /// <summary>After a run: the pulse cards that had arrived when the sending instance was killed.</summary>
    public int CardsBeforeKill { get; private set; }

    /// <summary>After a run: the cards the surviving instance sent by itself, before any claim was stale.</summary>
    public int CardsBySurvivor { get; private set; }

    public string Name => $"two instances on PostgreSQL, one killed, {members:N0} members";

    public async Task<FaultOutcome> RunAsync(CancellationToken ct)
    {
        var total = Stopwatch.StartNew();
        await using var stage = await FanOutStage.StartAsync(members, tablesConnectionString);
        await using var cluster = postgresConnectionString is null ? await PostgresCluster.StartAsync() : null;
        var (teams, team) = (stage.Teams, stage.Team);
        var settings = stage.Settings(postgresConnectionString ?? cluster!.ConnectionString);
        settings["Delivery:StaleClaimAfter"] = "00:01:00";
        settings["Scheduling:InstanceName"] = "faults-" + stage.TablePrefix; // a cluster of its own on a shared database
        settings["Scheduling:ClusterCheckinInterval"] = CheckinInterval.ToString();
        // One after the other: the first creates the Quartz schema.
        await using var a = await BotProcess.StartAsync("two-instances-a", settings);
        await using var b = await BotProcess.StartAsync("two-instances-b", settings);
        var fanOut = await stage.SetUpAndFireAsync(a, ct); // either instance may pick the job up: the cluster decides

        await team.WaitForCardsAsync(teams, 1, TimeSpan.FromMinutes(1), ct);
        var (sender, survivor) = await SenderAsync(teams, a, b, ct);
        var killAt = Random.Shared.Next(members / 10, members / 2 + 1);
        await team.WaitForCardsAsync(teams, killAt, TimeSpan.FromMinutes(3), ct);
        await sender.KillAsync();
        var killedAfter = fanOut.Elapsed;
        CardsBeforeKill = team.Count(teams).Cards;
        var takeOver = Stopwatch.StartNew();
        await team.WaitForCardsAsync(teams, CardsBeforeKill + 1, TimeSpan.FromMinutes(2), ct);
        var tookOverAfter = takeOver.Elapsed;

        var (resumes, beforeResume) = await stage.WaitUntilDeliveredAsync(survivor, KillDuringFanOutScenario.StaleClaimAfter, ct);
        var delivered = fanOut.Elapsed;
        CardsBySurvivor = beforeResume - CardsBeforeKill;

        return stage.Outcome(Name, KillDuringFanOutScenario.InFlightBound, "Delivery:MaxParallelSends: cards in flight at the kill", delivered, total.Elapsed,
            new("sending instance killed after", $"{CardsBeforeKill} cards, {killedAfter.TotalSeconds:0.0} s ({(sender == a ? "the one set up through" : "the other one")})"),
            new("survivor's first card after the kill", $"{tookOverAfter.TotalSeconds:0.0} s (cluster check-in every {CheckinInterval.TotalSeconds:0} s)"),
            new("cards sent by the survivor", $"{CardsBySurvivor} before claims went stale"),
            new("pulse fired again for stale claims", $"{resumes}× (the product itself resumes {KillDuringFanOutScenario.StaleClaimAfter.TotalMinutes + 1:0} min after the run)"));
    }

    /// <summary>Which instance is fanning out: the one holding the connection the latest card came over.</summary>
    private static async Task<(BotProcess Sender, BotProcess Other)> SenderAsync(TeamsLimitsConnector teams, BotProcess a, BotProcess b, CancellationToken ct)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var port = teams.Requests.Last(r => r.Kind == "send" && r.Status == 200).RemotePort;
            if (LoopbackSockets.ProcessHasConnectionFrom(a.ProcessId, port)) return (a, b);
            if (LoopbackSockets.ProcessHasConnectionFrom(b.ProcessId, port)) return (b, a);
            await Task.Delay(20, ct);
        }
        throw new InvalidOperationException("Neither instance holds the connection the pulse cards come over.");
    }
}
