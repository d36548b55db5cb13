using System.Diagnostics;
using System.Globalization;

namespace TrivselsBot.Testing.Faults.Scenarios;

/// <summary>
/// What every fan-out scenario stands on: tables (a given Azurite, or one of its own), a local Teams with one team of
/// many members, fresh table names for the bot, and every HTTP status the bot answered the scenario (for its 5xx).
/// </summary>
public sealed class FanOutStage : IAsyncDisposable
{
    private readonly AzuriteProcess? _azurite;
    private readonly List<int> _answers = [];

    private FanOutStage(AzuriteProcess? azurite, string tables, TeamsLimitsConnector teams, int members)
    {
        _azurite = azurite;
        Tables = tables;
        Teams = teams;
        Team = PulsedTeam.AddTo(teams, members);
    }

    public string Tables { get; }

    public string TablePrefix { get; } = BotUnderTest.NewTablePrefix();

    public TeamsLimitsConnector Teams { get; }

    public PulsedTeam Team { get; }

    /// <summary>5xx the bot answered to the setup and the pulse firings.</summary>
    public int ServerErrors => _answers.Count(s => s >= 500);

    public static async Task<FanOutStage> StartAsync(int members, string? tablesConnectionString)
    {
        var azurite = tablesConnectionString is null ? await AzuriteProcess.StartAsync() : null;
        return new FanOutStage(azurite, tablesConnectionString ?? azurite!.ConnectionString, await TeamsLimitsConnector.StartAsync(), members);
    }

    /// <summary>The bot settings of a fault run on these tables (and <paramref name="postgres"/>'s job store, when given).</summary>
    public Dictionary<string, string?> Settings(string? postgres = null) => BotProcess.Settings(Tables, TablePrefix, postgres);

    /// <summary>The team's owner saves its setup through <paramref name="setUpOn"/>, then the pulse is fired; the returned watch runs from the firing.</summary>
    public async Task<Stopwatch> SetUpAndFireAsync(BotProcess setUpOn, CancellationToken ct)
    {
        _answers.Add(await Team.SetUpAsync(setUpOn, Teams.ServiceUrl));
        await Task.Delay(TimeSpan.FromSeconds(2), ct); // the setup's roster reads leave the team's 2-second window
        var fanOut = Stopwatch.StartNew();
        await FireAsync(setUpOn);
        return fanOut;
    }

    public async Task FireAsync(BotProcess bot) => _answers.Add(await Team.FireAsync(bot));

    /// <summary>
    /// Waits until every member's delivery is decided, firing the pulse again on <paramref name="survivor"/> when only
    /// stale claims are left; returns how often, and the cards that had arrived before the first time (all, if never).
    /// </summary>
    public async Task<(int Resumes, int CardsBeforeResume)> WaitUntilDeliveredAsync(BotProcess survivor, TimeSpan staleClaimAfter, CancellationToken ct)
    {
        int? beforeResume = null;
        var resumes = await Team.WaitUntilDeliveredAsync(Tables, TablePrefix, staleClaimAfter, async () =>
        {
            beforeResume ??= Team.Count(Teams).Cards;
            await FireAsync(survivor);
        }, TimeSpan.FromMinutes(5), ct);
        return (resumes, beforeResume ?? Team.Count(Teams).Cards);
    }

    /// <summary>The scenario's outcome as counted at the connector now, its own <paramref name="figures"/> between the shared ones.</summary>
    public FaultOutcome Outcome(string scenario, int duplicateBound, string boundIs, TimeSpan delivered, TimeSpan elapsed, params KeyValuePair<string, string>[] figures)
    {
        var count = Team.Count(Teams);
        return new FaultOutcome(scenario, count.Lost, count.Duplicates, duplicateBound, ServerErrors, PartialWrites: 0, elapsed,
        [
            new("members", Team.Members.Count.ToString("N0", CultureInfo.InvariantCulture)),
            .. figures,
            new("every member decided after", $"{delivered.TotalSeconds:0.0} s from the firing"),
            new("cards sent", count.Cards.ToString(CultureInfo.InvariantCulture)),
            new("duplicates / bound", $"{count.Duplicates} / {duplicateBound} ({boundIs})"),
            new("cards to the wrong person", Team.WrongRecipient.ToString(CultureInfo.InvariantCulture)),
            new("429s for going over Teams' limits", Teams.OverLimits.ToString(CultureInfo.InvariantCulture)),
        ]);
    }

    public async ValueTask DisposeAsync()
    {
        await Teams.DisposeAsync();
        _azurite?.Dispose();
    }
}
