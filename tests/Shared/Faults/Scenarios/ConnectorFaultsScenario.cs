using System.Diagnostics;

namespace TrivselsBot.Testing.Faults.Scenarios;

/// <summary>
/// Scenario 5: a team's pulse fanned out by a bot process while the Bot Connector misbehaves: 429 bursts with
/// Retry-After (every request refused for two seconds, once per fifth of the run), 500s and cut connections for a few
/// per cent of creates and sends (at most two per member, so every member has a try left within Delivery:MaxAttempts,
/// 3). A refused request did nothing, so every member should get exactly one card, and the bot's repeats must stay
/// within Teams' limits (the connector counts the requests it had to refuse for going over them).
/// </summary>
public sealed class ConnectorFaultsScenario(int members, string? tablesConnectionString = null, int seed = 13) : IFaultScenario
{
    private const double ServerErrorShare = 0.03;
    private const double DropShare = 0.03;
    private const int Fifths = 5;

    /// <summary>After a run: the faults the connector injected.</summary>
    public ConnectorFaults? Injected { get; private set; }

    /// <summary>After a run: 429s answered for requests over Teams' limits (not the injected bursts).</summary>
    public int OverLimits { get; private set; }

    public string Name => $"connector faults during a fan-out to {members:N0} members";

    public async Task<FaultOutcome> RunAsync(CancellationToken ct)
    {
        var total = Stopwatch.StartNew();
        await using var stage = await FanOutStage.StartAsync(members, tablesConnectionString);
        var (teams, team) = (stage.Teams, stage.Team);
        await using var bot = await BotProcess.StartAsync("connector-faults", stage.Settings());
        // A new member costs two requests (open the chat, send): a burst every fifth of the run's least requests.
        var faults = new ConnectorFaults(seed)
        {
            ServerErrorShare = ServerErrorShare, DropShare = DropShare, BurstEvery = Math.Max(10, 2 * members / Fifths),
        };
        teams.Faults = faults; // creates and 1:1 sends only: the setup and the roster reads are served as usual
        var fanOut = await stage.SetUpAndFireAsync(bot, ct);

        // Nothing is left claimed by a dead sender here: a resume would mean the bot gave up on someone mid-run.
        var (resumes, _) = await stage.WaitUntilDeliveredAsync(bot, TimeSpan.FromMinutes(10), ct);
        var delivered = fanOut.Elapsed;
        var oneToOne = teams.Requests.Count(r => r.Kind is "create" or "send");
        Injected = faults;
        OverLimits = teams.OverLimits;

        return stage.Outcome(Name, duplicateBound: 0, "a refused request delivered nothing", delivered, total.Elapsed,
            new("429 bursts (2 s, Retry-After 2 s)", $"{faults.Bursts}, {faults.BurstThrottled} requests refused in them"),
            new("500s injected", $"{faults.ServerErrors} ({ServerErrorShare:P0} of creates and sends)"),
            new("connections cut", $"{faults.Drops} ({DropShare:P0} of creates and sends)"),
            new("creates and sends", $"{oneToOne} ({oneToOne - 2 * members} beyond the least, 2 per member)"),
            new("pulse fired again", $"{resumes}× (none needed: no sender died)"));
    }
}
