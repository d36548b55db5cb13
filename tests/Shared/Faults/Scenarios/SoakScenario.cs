using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json.Nodes;
using TrivselsBot.CheckIns;

namespace TrivselsBot.Testing.Faults.Scenarios;

/// <summary>
/// #6 Soak: mixed traffic against a bot process — plain messages (half), pulse answers (four in ten, member after member:
/// each member's first is stored, once all have answered they are double submits told "already received") and the
/// leader's "resumé" (one in ten). First a
/// <see cref="PeakBurst"/> with 16 senders back to back measures the peak rate; then, for <paramref name="duration"/>,
/// requests are started at half that rate, whatever the answers take (open loop). p99 and resident memory are compared
/// between the first and the last <see cref="Window"/>: no growth beyond noise means RSS within
/// <see cref="RssTolerance"/> and p99 within <see cref="P99Tolerance"/> × (plus <see cref="P99Slack"/>) of the start.
/// </summary>
public sealed class SoakScenario(TimeSpan duration) : IFaultScenario
{
    public const double RssTolerance = 0.15;
    public const double P99Tolerance = 2.0;
    public static readonly TimeSpan P99Slack = TimeSpan.FromMilliseconds(50);
    public static readonly TimeSpan PeakBurst = TimeSpan.FromSeconds(10);
    private const int BurstSenders = 16;
    private const int MaxInFlight = 128;
    private static readonly string[] Kinds = ["message", "answer", "resumé"];

    public string Name => "soak";

    /// <summary>Enough members that most answers of the soak are first answers (stored), not only double submits.</summary>
    private int Members => (int)Math.Clamp(duration.TotalSeconds * 6, 300, 1_200);

    /// <summary>The first and last 30 s, or a third of a shorter soak.</summary>
    public TimeSpan Window => TimeSpan.FromTicks(Math.Min(TimeSpan.FromSeconds(30).Ticks, duration.Ticks / 3));

    public async Task<FaultOutcome> RunAsync(CancellationToken ct) => (await MeasureAsync(ct)).Outcome;

    public async Task<SoakResult> MeasureAsync(CancellationToken ct)
    {
        using var azurite = await AzuriteProcess.StartAsync();
        await using var connector = await RecordingConnector.StartAsync();
        var prefix = BotUnderTest.NewTablePrefix();
        var settings = AnsweringTeam.BotSettings(azurite.ConnectionString, prefix);
        await using var bot = await BotProcess.StartAsync("soak", settings);
        var team = await AnsweringTeam.StartAsync(bot, connector, Members, prefix);
        var traffic = new Traffic(team);
        var elapsed = Stopwatch.StartNew();

        var burst = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, BurstSenders).Select(async _ =>
        {
            while (burst.Elapsed < PeakBurst) await traffic.SendAsync(burst.Elapsed, record: false);
        }));
        var peak = traffic.Sent / burst.Elapsed.TotalSeconds;
        var rate = peak / 2;

        var soak = Stopwatch.StartNew();
        var memory = new List<(TimeSpan At, long Bytes)>();
        var inFlight = new SemaphoreSlim(MaxInFlight);
        var running = new ConcurrentBag<Task>();
        var issued = 0;
        var late = 0;
        var nextSample = TimeSpan.Zero;
        while (soak.Elapsed < duration)
        {
            ct.ThrowIfCancellationRequested();
            if (soak.Elapsed >= nextSample)
            {
                memory.Add((soak.Elapsed, bot.ResidentBytes()));
                nextSample += TimeSpan.FromSeconds(1);
            }
            for (var due = (int)(soak.Elapsed.TotalSeconds * rate); issued < due; issued++)
            {
                if (!inFlight.Wait(0, CancellationToken.None))
                {
                    late++;
                    await inFlight.WaitAsync(ct);
                }
                running.Add(Task.Run(async () =>
                {
                    try
                    {
                        await traffic.SendAsync(soak.Elapsed, record: true);
                    }
                    finally
                    {
                        inFlight.Release();
                    }
                }, CancellationToken.None));
            }
            await Task.Delay(20, ct);
        }
        await Task.WhenAll(running);
        var soakTime = soak.Elapsed;

        var stored = StoredAnswers.Of(await TableRows.ReadAsync(azurite.ConnectionString, prefix, ct), AnswerStore.Partition(team.Team, team.Tickets[0].Period));
        var thanked = traffic.ThanksByMember.Where(m => m.Value > 0).Select(m => team.Pseudonyms.For(team.Aad(m.Key))).ToList();
        var (startWindow, endWindow) = (TimeSpan.Zero, soakTime - Window);
        var p99Start = traffic.P99(startWindow, Window);
        var p99End = traffic.P99(endWindow, Window);
        var rssStart = Mean(memory, startWindow, Window);
        var rssEnd = Mean(memory, endWindow, Window);
        var rssHeld = rssEnd <= rssStart * (1 + RssTolerance);
        var p99Held = p99End <= p99Start * P99Tolerance + P99Slack.TotalMilliseconds;
        var outcome = new FaultOutcome(
            Name,
            Lost: thanked.Count(p => !stored.Answered.Contains(p)) + traffic.Unanswered,
            Duplicates: traffic.ThanksByMember.Count(m => m.Value > 1),
            DuplicateBound: 0,
            ServerErrors: traffic.ServerErrors,
            PartialWrites: stored.PartialWrites,
            elapsed.Elapsed,
            [
                new("team set up, pulse sent", $"{team.StartedIn.TotalSeconds:F1} s ({Members} members)"),
                new("peak (burst)", $"{peak:F0} requests/s with {BurstSenders} senders for {PeakBurst.TotalSeconds:F0} s"),
                new("soak", $"{soakTime.TotalSeconds:F0} s at {rate:F0} requests/s: {traffic.Recorded} requests ({traffic.Count("message")} messages, {traffic.Count("answer")} answers, {traffic.Count("resumé")} resumé); started late {late}"),
                new("answers", $"{thanked.Count} stored once, the rest told \"already received\"; {stored.Answered.Count} answered in storage, {stored.StillWriting} half-written"),
                new($"p99 first / last {Window.TotalSeconds:F0} s", $"{p99Start:F0} / {p99End:F0} ms — {(p99Held ? "within" : "BEYOND")} noise (≤ {P99Tolerance:F0}× + {P99Slack.TotalMilliseconds:F0} ms)"),
                new($"RSS first / last {Window.TotalSeconds:F0} s", $"{rssStart / 1048576:F0} / {rssEnd / 1048576:F0} MB — {(rssHeld ? "within" : "BEYOND")} noise (≤ +{RssTolerance * 100:F0} %)"),
                new("latency by kind (soak)", string.Join("; ", Kinds.Select(k => $"{k} p99 {traffic.P99(k):F0} ms"))),
                new("non-2xx answers", $"{traffic.NonSuccess} (5xx {traffic.ServerErrors}, no answer {traffic.Unanswered})"),
            ]);
        return new SoakResult(outcome, peak, p99Start, p99End, rssStart, rssEnd, rssHeld, p99Held, traffic.Recorded);
    }

    private static double Mean(List<(TimeSpan At, long Bytes)> samples, TimeSpan from, TimeSpan length)
    {
        var inWindow = samples.Where(s => s.At >= from && s.At <= from + length).Select(s => (double)s.Bytes).ToList();
        return inWindow.Count == 0 ? 0 : inWindow.Average();
    }

    /// <summary>The mix, one request at a time from any number of senders; what came back is counted.</summary>
    private sealed class Traffic(AnsweringTeam team)
    {
        private readonly ConcurrentQueue<(TimeSpan At, string Kind, double Ms)> _latencies = new();
        private readonly Lock _gate = new();
        private readonly Random _random = new(6);
        private int _nextAnswer;
        private int _sent;
        private int _serverErrors;
        private int _nonSuccess;
        private int _unanswered;

        public int Sent => _sent;
        public int ServerErrors => _serverErrors;
        public int NonSuccess => _nonSuccess;
        public int Unanswered => _unanswered;
        public int Recorded => _latencies.Count;
        public ConcurrentDictionary<int, int> ThanksByMember { get; } = new();

        public int Count(string kind) => _latencies.Count(l => l.Kind == kind);

        public double P99(TimeSpan from, TimeSpan length) => P99(_latencies.Where(l => l.At >= from && l.At <= from + length));

        public double P99(string kind) => P99(_latencies.Where(l => l.Kind == kind));

        private static double P99(IEnumerable<(TimeSpan At, string Kind, double Ms)> latencies)
        {
            var sorted = latencies.Select(l => l.Ms).Order().ToArray();
            return sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(0.99 * sorted.Length) - 1, 0, sorted.Length - 1)];
        }

        public async Task SendAsync(TimeSpan at, bool record)
        {
            string kind;
            JsonObject activity;
            int? member = null;
            string? activityId = null, cardId = null;
            lock (_gate)
            {
                var pick = _random.Next(10);
                if (pick < 5)
                {
                    var from = 1 + _random.Next(team.Connector.Members.Count - 1);
                    (kind, activity) = ("message", TeamsActivities.Message(team.Connector.ServiceUrl, _random.Next(2) == 0 ? "hvordan går det?" : "hjælp",
                        AnsweringTeam.PersonalChat(from), userId: team.UserId(from), aadObjectId: team.Aad(from)));
                }
                else if (pick < 9)
                {
                    member = _nextAnswer++ % team.Connector.Members.Count;
                    kind = "answer";
                    (activity, activityId, cardId) = team.Answer(member.Value, _random);
                }
                else
                {
                    (kind, activity) = ("resumé", TeamsActivities.Message(team.Connector.ServiceUrl, "resumé", AnsweringTeam.PersonalChat(0), userId: team.UserId(0), aadObjectId: team.Aad(0)));
                }
            }
            var started = Stopwatch.GetTimestamp();
            try
            {
                using var response = await team.Bot.PostActivityAsync(activity);
                if ((int)response.StatusCode >= 500) Interlocked.Increment(ref _serverErrors);
                if (!response.IsSuccessStatusCode) Interlocked.Increment(ref _nonSuccess);
            }
            catch (HttpRequestException)
            {
                Interlocked.Increment(ref _unanswered);
            }
            catch (TaskCanceledException)
            {
                Interlocked.Increment(ref _unanswered);
            }
            var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            Interlocked.Increment(ref _sent);
            if (member is { } m && team.ReplyTo(activityId!, cardId!).Contains(PulseTexts.Danish.ThanksTitle, StringComparison.Ordinal))
            {
                ThanksByMember.AddOrUpdate(m, 1, (_, n) => n + 1);
            }
            if (record) _latencies.Enqueue((at, kind, ms));
        }
    }
}

/// <param name="Peak">Requests per second the burst reached; the soak ran at half.</param>
/// <param name="RssHeld">Resident memory at the end within <see cref="SoakScenario.RssTolerance"/> of the start.</param>
/// <param name="P99Held">p99 at the end within <see cref="SoakScenario.P99Tolerance"/> (plus slack) of the start.</param>
public sealed record SoakResult(FaultOutcome Outcome, double Peak, double P99Start, double P99End, double RssStart, double RssEnd, bool RssHeld, bool P99Held, int Requests);
