using System.Collections.Concurrent;
using System.Diagnostics;
using TrivselsBot.CheckIns;

namespace TrivselsBot.Testing.Faults.Scenarios;

/// <summary>
/// #4 Bad input at volume: <paramref name="inputs"/> fuzzed activities and card submissions (<see cref="BadInputs"/>, the
/// same each run), evenly over every <see cref="BadInputKind"/>, posted by 8 senders to a bot process; before them a few
/// valid answers as a control, so the row comparison is seen to count. Held when no input got a 5xx and no row of any
/// table changed except those the control answers create and new entries of the audit trail (rows written by
/// refused input are counted as partial writes: rows that should not exist). Memory: resident size after a warm-up is the baseline; after the run the process gets
/// <see cref="Settle"/> to give memory back, and is back when within <see cref="MemoryTolerance"/> of the baseline.
/// </summary>
public sealed class BadInputAtVolumeScenario(int inputs) : IFaultScenario
{
    public const double MemoryTolerance = 0.25;
    public static readonly TimeSpan Settle = TimeSpan.FromSeconds(15);
    private const int Senders = 8;
    private const int Seed = 4;
    private static readonly int[] FuzzSenders = [1, 2, 3, 4, 5, 6, 7, 8, 9];

    public string Name => "bad input at volume";

    public async Task<FaultOutcome> RunAsync(CancellationToken ct) => (await MeasureAsync(ct)).Outcome;

    public async Task<BadInputResult> MeasureAsync(CancellationToken ct)
    {
        var controls = Math.Clamp(inputs / 500, 5, 20);
        using var azurite = await AzuriteProcess.StartAsync();
        await using var connector = await RecordingConnector.StartAsync();
        var prefix = BotUnderTest.NewTablePrefix();
        await using var bot = await BotProcess.StartAsync("bad-input", BotProcess.Settings(azurite.ConnectionString, prefix));
        var team = await AnsweringTeam.StartAsync(bot, connector, 1 + FuzzSenders.Length + controls, prefix);
        var controlMembers = Enumerable.Range(1 + FuzzSenders.Length, controls).ToList();
        var elapsed = Stopwatch.StartNew();

        // Warm-up: every chat the inputs come from is known to the bot, and every path has run once (JIT, pools).
        foreach (var member in FuzzSenders.Concat(controlMembers))
        {
            using var hello = await bot.PostActivityAsync(TeamsActivities.Message(connector.ServiceUrl, "hvordan går det?", AnsweringTeam.PersonalChat(member), userId: team.UserId(member), aadObjectId: team.Aad(member)));
        }
        await PostAsync(bot, Inputs(new BadInputs(team, FuzzSenders, [], Seed + 1), 300), new ConcurrentDictionary<BadInputKind, ConcurrentDictionary<int, int>>(), ct);
        await Task.Delay(TimeSpan.FromSeconds(2), ct);
        var baseline = bot.ResidentBytes();
        team.SortReplies();
        team.Replies.Clear();

        var partition = AnswerStore.Partition(team.Team, team.Tickets[controlMembers[0]].Period);
        var before = await TableRows.ReadAsync(azurite.ConnectionString, prefix, ct);
        var random = new Random(Seed);
        var thanked = 0;
        foreach (var member in controlMembers)
        {
            var (activity, activityId, cardId) = team.Answer(member, random);
            using var response = await bot.PostActivityAsync(activity);
            if (team.ReplyTo(activityId, cardId).Contains(PulseTexts.Danish.ThanksTitle, StringComparison.Ordinal)) thanked++;
        }

        var statuses = new ConcurrentDictionary<BadInputKind, ConcurrentDictionary<int, int>>();
        var peak = baseline;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                peak = Math.Max(peak, bot.ResidentBytes());
                await Task.Delay(100, CancellationToken.None);
            }
        }, CancellationToken.None);
        var fuzzClock = Stopwatch.StartNew();
        var latencies = await PostAsync(bot, Inputs(new BadInputs(team, FuzzSenders, controlMembers, Seed), inputs), statuses, ct);
        var fuzzTime = fuzzClock.Elapsed;
        await sampling.CancelAsync();
        await sampler;

        var end = bot.ResidentBytes();
        for (var settled = Stopwatch.StartNew(); end > baseline * (1 + MemoryTolerance) && settled.Elapsed < Settle; end = bot.ResidentBytes())
        {
            await Task.Delay(1000, ct);
        }

        team.SortReplies();
        var thankedFuzz = Enum.GetValues<BadInputKind>().Select(k => (Kind: k, Count: team.Replies.TryGetValue(BadInputs.CardIdOf(k), out var calls) ? calls.Count(c => c.CardText.Contains(PulseTexts.Danish.ThanksTitle, StringComparison.Ordinal)) : 0)).Where(k => k.Count > 0).ToList();
        var after = await TableRows.ReadAsync(azurite.ConnectionString, prefix, ct);
        var controlPseudonyms = controlMembers.Select(m => team.Pseudonyms.For(team.Aad(m))).ToHashSet(StringComparer.Ordinal);
        var changed = after.ChangedSince(before).Where(row => !ControlsMayWrite(row, partition, controlPseudonyms)).ToList();
        var audited = changed.Where(row => IsNewAuditEntry(before, after, row)).GroupBy(row => after.Rows[row].GetString("Outcome")).OrderBy(g => g.Key).ToList();
        var stray = changed.Where(row => !IsNewAuditEntry(before, after, row)).ToList();
        var storedBefore = StoredAnswers.Of(before, partition);
        var storedAfter = StoredAnswers.Of(after, partition);
        var backToBaseline = end <= baseline * (1 + MemoryTolerance);
        var serverErrors = statuses.Values.Sum(s => s.Where(p => p.Key >= 500 || p.Key == 0).Sum(p => p.Value));
        var outcome = new FaultOutcome(
            Name,
            Lost: controlPseudonyms.Count(p => !storedAfter.Answered.Contains(p)) + (controls - thanked),
            Duplicates: Math.Max(0, storedAfter.Scores - storedBefore.Scores - controls),
            DuplicateBound: 0,
            ServerErrors: serverErrors,
            PartialWrites: stray.Count + storedAfter.PartialWrites,
            elapsed.Elapsed,
            [
                new("team set up, pulse sent", $"{team.StartedIn.TotalSeconds:F1} s"),
                new("inputs", $"{inputs} fuzzed (seed {Seed}) in {fuzzTime.TotalSeconds:F1} s, {Senders} senders; {controls} valid answers as control ({thanked} thanked)"),
                .. statuses.OrderBy(s => s.Key).Select(s => new KeyValuePair<string, string>("  " + s.Key, string.Join(", ", s.Value.OrderBy(p => p.Key).Select(p => $"{(p.Key == 0 ? "no answer" : p.Key)} ×{p.Value}")))),
                new("latency", latencies.Summary()),
                new("stored answers before / after", $"{storedBefore.Answered.Count} / {storedAfter.Answered.Count} answered, {storedBefore.Scores} / {storedAfter.Scores} score rows, {storedBefore.Comments} / {storedAfter.Comments} comment rows, {storedAfter.StillWriting} half-written; fuzz senders stored: {FuzzSenders.Count(m => storedAfter.Answered.Contains(team.Pseudonyms.For(team.Aad(m))))}"),
                new("refused input thanked for", thankedFuzz.Count == 0 ? "0" : string.Join(", ", thankedFuzz.Select(k => $"{k.Kind} ×{k.Count}"))),
                new("new audit trail entries", $"{audited.Sum(g => g.Count())} (by design, every request for figures is audited): {string.Join(", ", audited.Select(g => $"{g.Key} ×{g.Count()}"))}"),
                new("rows changed by refused input", stray.Count == 0 ? "0" : $"{stray.Count}: {string.Join(", ", stray.Take(5).Select(r => after.Rows.TryGetValue(r, out var e) ? $"{r} ({string.Join(" ", e.Where(p => p.Key is "What" or "Outcome" or "Who").Select(p => p.Value))})" : r + " (removed)"))}"),
                new("RSS start / peak / end", $"{Mb(baseline)} / {Mb(peak)} / {Mb(end)} MB"),
                new("back to baseline", $"{(backToBaseline ? "yes" : "NO")}: end {(end - baseline) * 100.0 / baseline:+0;-0} % of start (tolerance +{MemoryTolerance * 100:F0} %, {Settle.TotalSeconds:F0} s to settle)"),
            ]);
        return new BadInputResult(outcome, statuses.ToDictionary(s => s.Key, s => s.Value.Values.Sum()), backToBaseline, stray.Count, thanked);
    }

    /// <summary>The rows a control answer writes: its participation row, and the week's inbox, answer and comment rows.</summary>
    private static bool ControlsMayWrite(RowAddress row, string partition, HashSet<string> controls) => row.Table switch
    {
        AnswerStore.ParticipationTable => row.PartitionKey == partition && controls.Contains(row.RowKey),
        AnswerStore.InboxTable or AnswerStore.AnswersTable or AnswerStore.CommentsTable => row.PartitionKey == partition,
        _ => false,
    };

    /// <summary>
    /// The audit table keeps every request for a team's figures, shown, refused or declined (<see cref="Summaries.SummaryAudit"/>):
    /// a new entry there is the product keeping its trail, not a write from the refused input. Changed or removed entries are.
    /// </summary>
    private static bool IsNewAuditEntry(TableRows before, TableRows after, RowAddress row) =>
        row.Table == Summaries.SummaryAudit.TableName && !before.Rows.ContainsKey(row) && after.Rows.ContainsKey(row);

    /// <summary>Every kind in turn (replays only once there are stored answers to replay), shuffled so kinds interleave.</summary>
    private static IEnumerable<BadInput> Inputs(BadInputs generator, int count)
    {
        var kinds = Enum.GetValues<BadInputKind>().Where(k => k != BadInputKind.ReplayedTicket || generator.Answered.Count > 0).ToArray();
        var order = Enumerable.Range(0, count).Select(i => kinds[i % kinds.Length]).ToList();
        var shuffle = new Random(count);
        shuffle.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(order));
        return order.Select(generator.Next);
    }

    private static async Task<Latencies> PostAsync(BotProcess bot, IEnumerable<BadInput> inputs, ConcurrentDictionary<BadInputKind, ConcurrentDictionary<int, int>> statuses, CancellationToken ct)
    {
        var latencies = new Latencies();
        using var queue = inputs.GetEnumerator();
        var gate = new Lock();
        await Task.WhenAll(Enumerable.Range(0, Senders).Select(async _ =>
        {
            while (true)
            {
                BadInput input;
                lock (gate)
                {
                    if (!queue.MoveNext()) return;
                    input = queue.Current;
                }
                ct.ThrowIfCancellationRequested();
                var started = Stopwatch.GetTimestamp();
                var status = 0;
                try
                {
                    using var response = await bot.PostRawAsync(input.Body, input.ContentType);
                    status = (int)response.StatusCode;
                }
                catch (HttpRequestException)
                {
                }
                latencies.Add(Stopwatch.GetElapsedTime(started));
                statuses.GetOrAdd(input.Kind, _ => new ConcurrentDictionary<int, int>()).AddOrUpdate(status, 1, (_, n) => n + 1);
            }
        }));
        return latencies;
    }

    private static string Mb(long bytes) => (bytes / 1024.0 / 1024.0).ToString("F0", System.Globalization.CultureInfo.InvariantCulture);
}

/// <param name="Hits">Inputs sent per kind.</param>
/// <param name="BackToBaseline">Resident memory after the settle within <see cref="BadInputAtVolumeScenario.MemoryTolerance"/> of the baseline.</param>
/// <param name="ControlsThanked">Control answers the bot thanked for (they were stored).</param>
public sealed record BadInputResult(FaultOutcome Outcome, IReadOnlyDictionary<BadInputKind, int> Hits, bool BackToBaseline, int StrayRows, int ControlsThanked);
