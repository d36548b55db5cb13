using System.Diagnostics;

namespace TrivselsBot.Testing.Faults.Scenarios;

/// <summary>
/// Scenario 1: a team's pulse fanned out 1:1 by a bot process that is killed with SIGKILL at a random point and started
/// again. Quartz (SQLite) gives the interrupted pulse job back to the restarted process, which sends the rest; the
/// members that were in flight at the kill are claimed by the dead run and taken over once their claims are stale
/// (Delivery:StaleClaimAfter at its one-minute minimum). Every member should get exactly one card; a card that left
/// just before the kill, with its claim never marked sent, is sent again: at most Delivery:MaxParallelSends of them.
/// </summary>
public sealed class KillDuringFanOutScenario(int members, string? tablesConnectionString = null) : IFaultScenario
{
    /// <summary>Delivery:MaxParallelSends, the product's default: the most members in flight when the process dies.</summary>
    public const int InFlightBound = 16;

    internal static readonly TimeSpan StaleClaimAfter = TimeSpan.FromMinutes(1);

    /// <summary>After a run: the pulse cards that had arrived when the process was killed.</summary>
    public int CardsBeforeKill { get; private set; }

    /// <summary>After a run: the cards the restarted process sent by itself, before any claim was stale.</summary>
    public int CardsAfterRestart { get; private set; }

    public string Name => $"kill -9 during a fan-out to {members:N0} members";

    public async Task<FaultOutcome> RunAsync(CancellationToken ct)
    {
        var total = Stopwatch.StartNew();
        await using var stage = await FanOutStage.StartAsync(members, tablesConnectionString);
        var (teams, team) = (stage.Teams, stage.Team);
        var settings = stage.Settings();
        settings["Delivery:StaleClaimAfter"] = "00:01:00";
        await using var bot = await BotProcess.StartAsync("kill-during-fan-out", settings);
        var fanOut = await stage.SetUpAndFireAsync(bot, ct);

        var killAt = Random.Shared.Next(members / 10, members / 2 + 1);
        await team.WaitForCardsAsync(teams, killAt, TimeSpan.FromMinutes(3), ct);
        await bot.KillAsync();
        var killedAfter = fanOut.Elapsed;
        CardsBeforeKill = team.Count(teams).Cards;
        var restart = Stopwatch.StartNew();
        await bot.RestartAsync();
        var restartTook = restart.Elapsed;

        var (resumes, beforeResume) = await stage.WaitUntilDeliveredAsync(bot, StaleClaimAfter, ct);
        var delivered = fanOut.Elapsed;
        CardsAfterRestart = beforeResume - CardsBeforeKill;

        return stage.Outcome(Name, InFlightBound, "Delivery:MaxParallelSends: cards in flight at the kill", delivered, total.Elapsed,
            new("killed (SIGKILL) after", $"{CardsBeforeKill} cards, {killedAfter.TotalSeconds:0.0} s"),
            new("restart until healthy", $"{restartTook.TotalSeconds:0.0} s"),
            new("cards sent by the restarted process", $"{CardsAfterRestart} before claims went stale"),
            new("pulse fired again for stale claims", $"{resumes}× (the product itself resumes {StaleClaimAfter.TotalMinutes + 1:0} min after the run)"));
    }
}
