using System.Collections.Concurrent;
using System.Diagnostics;
using TrivselsBot.CheckIns;
using TrivselsBot.Localization;

namespace TrivselsBot.Testing.Faults.Scenarios;

/// <summary>
/// #3 Storage down during answer ingestion: a team of <paramref name="answers"/> members answers its pulse through a bot
/// process while Azurite (kept in a folder) is stopped for 10 s and started again. Every answer must be thanked for
/// (stored) or answered with the clear "prøv igen" reply; every one told to try again is sent again until stored; each
/// person is stored once, and participation and answer rows add up (no half-written answer).
/// The stop comes after 6 s without writes: Azurite 3.37 saves its folder about every 5 s and not on SIGTERM, so rows
/// written just before a stop would be lost by Azurite itself, which is not what this measures. So no answer is in
/// flight at the stop; answers are in flight throughout the outage and at the restart.
/// </summary>
public sealed class StorageDownDuringAnswersScenario(int answers) : IFaultScenario
{
    public static readonly TimeSpan Outage = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan AzuriteSaveInterval = TimeSpan.FromSeconds(6);
    private const int Senders = 8;
    private const int ResubmitRounds = 5;

    public string Name => "storage down during answers";

    public async Task<FaultOutcome> RunAsync(CancellationToken ct) => (await MeasureAsync(ct)).Outcome;

    public async Task<StorageDownResult> MeasureAsync(CancellationToken ct)
    {
        var folder = Directory.CreateTempSubdirectory("trivselsbot-faults-azurite-");
        try
        {
            return await MeasureAsync(folder.FullName, ct);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private async Task<StorageDownResult> MeasureAsync(string folder, CancellationToken ct)
    {
        using var azurite = await AzuriteProcess.StartAsync(folder);
        await using var connector = await RecordingConnector.StartAsync();
        var prefix = BotUnderTest.NewTablePrefix();
        var settings = AnsweringTeam.BotSettings(azurite.ConnectionString, prefix);
        await using var bot = await BotProcess.StartAsync("storage-down", settings);
        var team = await AnsweringTeam.StartAsync(bot, connector, answers, prefix);
        var run = new Run(team);
        var elapsed = Stopwatch.StartNew();

        var members = new ConcurrentQueue<int>(Enumerable.Range(0, answers).OrderBy(_ => run.Random.Next()));
        var beforeOutage = answers * 2 / 5;
        await SendAsync(run, members, () => answers - members.Count < beforeOutage, ct);
        await Task.Delay(AzuriteSaveInterval, ct);

        await azurite.StopAsync();
        var down = Stopwatch.StartNew();
        var restart = Task.Run(async () =>
        {
            await Task.Delay(Outage, ct);
            await azurite.StartAgainAsync();
            run.UpAt = run.Clock.Elapsed;
            return down.Elapsed;
        }, ct);
        await SendAsync(run, members, () => true, ct);
        var outage = await restart;

        var toldTryAgain = run.Members.Where(m => m.Value.First is Reply.TryAgain).Select(m => m.Key).ToList();
        var rounds = 0;
        for (; rounds < ResubmitRounds && run.Members.Any(m => m.Value.Last is not (Reply.Thanks or Reply.AlreadyReceived)); rounds++)
        {
            var again = new ConcurrentQueue<int>(run.Members.Where(m => m.Value.Last is not (Reply.Thanks or Reply.AlreadyReceived)).Select(m => m.Key));
            await SendAsync(run, again, () => true, ct);
        }

        var stored = StoredAnswers.Of(await TableRows.ReadAsync(azurite.ConnectionString, prefix, ct), AnswerStore.Partition(team.Team, team.Tickets[0].Period));
        var pseudonyms = Enumerable.Range(0, answers).ToDictionary(m => m, m => team.Pseudonyms.For(team.Aad(m)));
        var unclear = run.Members.Count(m => m.Value.Replies.Any(r => r is Reply.Unclear));
        // Lost: a member whose answer is not stored at the end (thanked or not), or who was once answered unclearly.
        var lost = Enumerable.Range(0, answers).Count(m => !stored.Answered.Contains(pseudonyms[m]) || run.Members[m].Replies.Any(r => r is Reply.Unclear));
        var storedOnResubmit = toldTryAgain.Count(m => run.Members[m].Last is Reply.Thanks);
        var alreadyStored = toldTryAgain.Count(m => run.Members[m].Replies.Skip(1).FirstOrDefault() is Reply.AlreadyReceived);
        var outcome = new FaultOutcome(
            Name,
            Lost: lost,
            Duplicates: run.Members.Count(m => m.Value.Replies.Count(r => r is Reply.Thanks) > 1),
            DuplicateBound: 0,
            ServerErrors: run.ServerErrors,
            PartialWrites: stored.PartialWrites,
            elapsed.Elapsed,
            [
                new("team set up, pulse sent", $"{team.StartedIn.TotalSeconds:F1} s"),
                new("answers (members)", $"{answers}, {Senders} senders"),
                new("storage down", $"{outage.TotalSeconds:F1} s (stopped after {AzuriteSaveInterval.TotalSeconds:F0} s without writes)"),
                new("refused with \"prøv igen\"", $"{toldTryAgain.Count}"),
                new("of these stored on re-submit", $"{storedOnResubmit} (already stored: {alreadyStored}; re-submit rounds {rounds})"),
                new("time to recover", run.RecoveredAt is { } r ? $"{(r - run.UpAt!.Value).TotalSeconds:F2} s from storage up to the first answer stored" : "never"),
                new("answer latency", run.Latencies.Summary()),
                new("stored at the end", $"{stored.Answered.Count} answered, {stored.Scores} score rows, {stored.Comments} comment rows, {stored.StillWriting} half-written"),
            ]);
        return new StorageDownResult(outcome, toldTryAgain.Count, storedOnResubmit, unclear);
    }

    /// <summary>Each sender takes the next member and posts their answer while <paramref name="more"/> says so.</summary>
    private static Task SendAsync(Run run, ConcurrentQueue<int> members, Func<bool> more, CancellationToken ct) =>
        Task.WhenAll(Enumerable.Range(0, Senders).Select(async _ =>
        {
            while (more() && members.TryDequeue(out var member))
            {
                ct.ThrowIfCancellationRequested();
                await run.AnswerAsync(member);
            }
        }));

    private enum Reply { Thanks, AlreadyReceived, TryAgain, Unclear }

    private sealed class MemberReplies
    {
        public List<Reply> Replies { get; } = [];
        public Reply First => Replies[0];
        public Reply Last => Replies[^1];
    }

    private sealed class Run(AnsweringTeam team)
    {
        private readonly Lock _gate = new();

        public Random Random { get; } = new(13);
        public Stopwatch Clock { get; } = Stopwatch.StartNew();
        public Latencies Latencies { get; } = new();
        public ConcurrentDictionary<int, MemberReplies> Members { get; } = new();
        public int ServerErrors;
        public TimeSpan? UpAt { get; set; }
        public TimeSpan? RecoveredAt { get; private set; }

        public async Task AnswerAsync(int member)
        {
            (System.Text.Json.Nodes.JsonObject activity, string activityId, string cardId) answer;
            lock (_gate) answer = team.Answer(member, Random);
            var started = Stopwatch.GetTimestamp();
            var reply = Reply.Unclear;
            try
            {
                using var response = await team.Bot.PostActivityAsync(answer.activity);
                if ((int)response.StatusCode >= 500) Interlocked.Increment(ref ServerErrors);
                if (response.IsSuccessStatusCode) reply = Read(team.ReplyTo(answer.activityId, answer.cardId));
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
            Latencies.Add(Stopwatch.GetElapsedTime(started));
            lock (_gate)
            {
                Members.GetOrAdd(member, _ => new MemberReplies()).Replies.Add(reply);
                if (reply is Reply.Thanks && UpAt is { } up && RecoveredAt is null && Clock.Elapsed > up) RecoveredAt = Clock.Elapsed;
            }
        }

        private static Reply Read(string text)
        {
            if (text.Contains(PulseTexts.Danish.ThanksTitle, StringComparison.Ordinal)) return Reply.Thanks;
            if (text.Contains(PulseTexts.Danish.AlreadyReceivedTitle, StringComparison.Ordinal)) return Reply.AlreadyReceived;
            if (text.Contains(BotTexts.Danish.SomethingWentWrong, StringComparison.Ordinal)) return Reply.TryAgain;
            return Reply.Unclear;
        }
    }
}

/// <param name="ToldTryAgain">Answers refused with "prøv igen" on their first send (the outage really bit).</param>
/// <param name="StoredOnResubmit">Of those, stored when sent again.</param>
/// <param name="Unclear">Sends answered with neither a receipt nor "prøv igen" (or not answered at all).</param>
public sealed record StorageDownResult(FaultOutcome Outcome, int ToldTryAgain, int StoredOnResubmit, int Unclear);
