using System.Diagnostics;
using System.Globalization;

namespace TrivselsBot.Testing.Faults.Scenarios;

/// <summary>
/// Scenario 5: a team's pulse fanned out by a bot process while the Bot Connector misbehaves: 429 bursts with
/// Retry-After (every request refused for two seconds, four times over the run), 500s and cut connections for a few
/// per cent of creates and sends (at most two per member, so every member has a try left within Delivery:MaxAttempts,
/// 3). A refused request did nothing, so every member should get exactly one card, and the bot's repeats must stay
/// within Teams' limits (the connector counts the requests it had to refuse for going over them).
/// </summary>
public sealed class ConnectorFaultsScenario(int members, string? tablesConnectionString = null, int seed = 13) : IFaultScenario
{
    private const double ServerErrorShare = 0.03;
    private const double DropShare = 0.03;
    private const int Bursts = 4;

    /// <summary>After a run: the faults the connector injected.</summary>
    public ConnectorFaults? Injected { get; private set; }

    /// <summary>After a run: 429s answered for requests over Teams' limits (not the injected bursts).</summary>
    public int OverLimits { get; private set; }

    public string Name => $"connector faults during a fan-out to {members:N0} members";

    public async Task<FaultOutcome> RunAsync(CancellationToken ct)
    {
        var total = Stopwatch.StartNew();
        using var azurite = tablesConnectionString is null ? await AzuriteProcess.StartAsync() : null;
        var tables = tablesConnectionString ?? azurite!.ConnectionString;
        await using var teams = await TeamsLimitsConnector.StartAsync();
        var team = PulsedTeam.AddTo(teams, members);
        var prefix = BotUnderTest.NewTablePrefix();
        await using var bot = await BotProcess.StartAsync("connector-faults", BotProcess.Settings(tables, prefix));

        var answers = new List<int> { await team.SetUpAsync(bot, teams.ServiceUrl) };
        await Task.Delay(TimeSpan.FromSeconds(2), ct); // the setup's roster reads leave the team's 2-second window
        // A new member costs two requests (open the chat, send): a burst every fifth of the run's least requests.
        var faults = new ConnectorFaults(seed)
        {
            ServerErrorShare = ServerErrorShare, DropShare = DropShare, BurstEvery = Math.Max(10, 2 * members / (Bursts + 1)),
        };
        teams.Faults = faults;
        var fanOut = Stopwatch.StartNew();
        answers.Add(await team.FireAsync(bot));

        // Nothing is left claimed by a dead sender here: a resume would mean the bot gave up on someone mid-run.
        var resumes = await team.WaitUntilDeliveredAsync(tables, prefix, TimeSpan.FromMinutes(10), async () => answers.Add(await team.FireAsync(bot)),
            TimeSpan.FromMinutes(5), ct);
        var delivered = fanOut.Elapsed;
        var count = team.Count(teams);
        var oneToOne = teams.Requests.Count(r => r.Kind is "create" or "send");
        Injected = faults;
        OverLimits = teams.OverLimits;

        return new FaultOutcome(Name, count.Lost, count.Duplicates, DuplicateBound: 0, answers.Count(s => s >= 500), PartialWrites: 0, total.Elapsed,
        [
            new("members", members.ToString("N0", CultureInfo.InvariantCulture)),
            new("429 bursts (2 s, Retry-After 2 s)", $"{faults.Bursts}, {faults.BurstThrottled} requests refused in them"),
            new("500s injected", $"{faults.ServerErrors} ({ServerErrorShare:P0} of creates and sends)"),
            new("connections cut", $"{faults.Drops} ({DropShare:P0} of creates and sends)"),
            new("creates and sends", $"{oneToOne} ({oneToOne - 2 * members} beyond the least, 2 per member)"),
            new("429s for going over Teams' limits", OverLimits.ToString(CultureInfo.InvariantCulture)),
            new("every member decided after", $"{delivered.TotalSeconds:0.0} s{(resumes > 0 ? $", after firing the pulse again {resumes}×" : "")}"),
            new("cards sent", count.Cards.ToString(CultureInfo.InvariantCulture)),
            new("duplicates / bound", $"{count.Duplicates} / 0"),
            new("cards to the wrong person", team.WrongRecipient.ToString(CultureInfo.InvariantCulture)),
        ]);
    }
}
