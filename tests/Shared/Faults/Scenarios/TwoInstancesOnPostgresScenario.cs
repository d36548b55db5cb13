using System.Diagnostics;
using System.Globalization;

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
        using var azurite = tablesConnectionString is null ? await AzuriteProcess.StartAsync() : null;
        await using var cluster = postgresConnectionString is null ? await PostgresCluster.StartAsync() : null;
        var tables = tablesConnectionString ?? azurite!.ConnectionString;
        await using var teams = await TeamsLimitsConnector.StartAsync();
        var team = PulsedTeam.AddTo(teams, members);
        var prefix = BotUnderTest.NewTablePrefix();
        var settings = BotProcess.Settings(tables, prefix, postgresConnectionString ?? cluster!.ConnectionString);
        settings["Delivery:StaleClaimAfter"] = "00:01:00";
        settings["Scheduling:InstanceName"] = "faults-" + prefix; // a cluster of its own on a shared database
        settings["Scheduling:ClusterCheckinInterval"] = CheckinInterval.ToString();
        // One after the other: the first creates the Quartz schema.
        await using var a = await BotProcess.StartAsync("two-instances-a", settings);
        await using var b = await BotProcess.StartAsync("two-instances-b", settings);

        var answers = new List<int> { await team.SetUpAsync(a, teams.ServiceUrl) };
        await Task.Delay(TimeSpan.FromSeconds(2), ct); // the setup's roster reads leave the team's 2-second window
        var fanOut = Stopwatch.StartNew();
        answers.Add(await team.FireAsync(a)); // either instance may pick the job up: the cluster decides

        await team.WaitForCardsAsync(teams, 1, TimeSpan.FromMinutes(1), ct);
        var (sender, survivor) = await SenderAsync(teams, a, b, ct);
        var killAt = Random.Shared.Next(members / 10, members / 2 + 1);
        await team.WaitForCardsAsync(teams, killAt, TimeSpan.FromMinutes(3), ct);
        await sender.KillAsync();
        var killedAfter = fanOut.Elapsed;
        var atKill = team.Count(teams).Cards;
        var takeOver = Stopwatch.StartNew();
        await team.WaitForCardsAsync(teams, atKill + 1, TimeSpan.FromMinutes(2), ct);
        var tookOverAfter = takeOver.Elapsed;

        int? beforeResume = null;
        var resumes = await team.WaitUntilDeliveredAsync(tables, prefix, KillDuringFanOutScenario.StaleClaimAfter, async () =>
        {
            beforeResume ??= team.Count(teams).Cards;
            answers.Add(await team.FireAsync(survivor));
        }, TimeSpan.FromMinutes(5), ct);
        var delivered = fanOut.Elapsed;
        var count = team.Count(teams);
        CardsBeforeKill = atKill;
        CardsBySurvivor = (beforeResume ?? count.Cards) - atKill;

        return new FaultOutcome(Name, count.Lost, count.Duplicates, KillDuringFanOutScenario.InFlightBound, answers.Count(s => s >= 500), PartialWrites: 0, total.Elapsed,
        [
            new("members", members.ToString("N0", CultureInfo.InvariantCulture)),
            new("sending instance killed after", $"{atKill} cards, {killedAfter.TotalSeconds:0.0} s ({(sender == a ? "the one set up through" : "the other one")})"),
            new("survivor's first card after the kill", $"{tookOverAfter.TotalSeconds:0.0} s (cluster check-in every {CheckinInterval.TotalSeconds:0} s)"),
            new("cards sent by the survivor", $"{CardsBySurvivor} before claims went stale"),
            new("pulse fired again for stale claims", $"{resumes}× (the product itself resumes {KillDuringFanOutScenario.StaleClaimAfter.TotalMinutes + 1:0} min after the run)"),
            new("every member decided after", $"{delivered.TotalSeconds:0.0} s"),
            new("cards sent", count.Cards.ToString(CultureInfo.InvariantCulture)),
            new("duplicates / bound", $"{count.Duplicates} / {KillDuringFanOutScenario.InFlightBound} (Delivery:MaxParallelSends: cards in flight at the kill)"),
            new("cards to the wrong person", team.WrongRecipient.ToString(CultureInfo.InvariantCulture)),
            new("429s for going over Teams' limits", teams.OverLimits.ToString(CultureInfo.InvariantCulture)),
        ]);
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
