using System.Diagnostics;
using TrivselsBot.CheckIns;
using TrivselsBot.CheckIns.Questions;
using TrivselsBot.Setup;
using TrivselsBot.Summaries;
using TrivselsBot.Testing;
using TrivselsBot.Trio;

namespace TrivselsBot.Bench;

/// <summary>
/// The real "resumé" command: the bot's HTTP endpoint, router and command, Azurite and a local Bot Connector. One tenant
/// with <c>teams</c> configured teams (two leaders each, a TRIO each with <c>trioItems</c> items), one year of weekly
/// aggregates for the asking leader's team; each run is one "resumé" message answered in full (the answer comes within
/// the request), timed from sending it to the bot's HTTP answer.
/// </summary>
public static class SummaryCommandBench
{
    public static async Task RunAsync(int teams, int trioItems, int runs)
    {
        using var azurite = await AzuriteProcess.StartAsync();
        await using var connector = await RecordingConnector.StartAsync();
        connector.AddMembers(10, prefix: "bench");
        var now = new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.FromHours(1));
        await using var bot = await BotUnderTest.StartAsync(azurite.ConnectionString, time: new ShiftedClock(now));
        var leaderId = connector.Members[0]["id"]!.GetValue<string>();
        var leaderAad = connector.Members[0]["aadObjectId"]!.GetValue<string>();

        var started = Stopwatch.StartNew();
        var refs = Enumerable.Range(0, teams).Select(i => new TeamRef(TeamsActivities.TenantId, $"19:bench-team-{i}@thread.v2")).ToList();
        var setups = bot.Service<TeamSetupStore>();
        var trio = bot.Service<TrioStore>();
        await Parallel.ForEachAsync(refs.Select((team, i) => (team, i)), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (t, ct) =>
        {
            var leader = t.i == 0 ? leaderAad : $"aad-leader-{t.i}";
            await setups.SaveAsync(new TeamSetup
            {
                Team = t.team, ServiceUrl = connector.ServiceUrl, BotId = TeamsActivities.BotId, Name = $"Bofællesskab {t.i}",
                Leaders = [new TeamLeader(leader, "Leder"), new TeamLeader($"aad-deputy-{t.i}", "Souschef")],
            }, ct);
            await trio.SaveSetupAsync(new TrioSetup
            {
                Team = t.team, FirstMeeting = new DateOnly(2026, 1, 6),
                Members = [new TrioMember(leader, "29:l", "Leder", [TrioRole.Leder]), new TrioMember($"aad-tr-{t.i}", "29:t", "TR", [TrioRole.TR]),
                    new TrioMember($"aad-amr-{t.i}", "29:a", "AMR", [TrioRole.AMR])],
            }, ct);
            for (var item = 0; item < trioItems; item++)
            {
                await trio.TryAddItemAsync(t.team, TrioItem.Point($"p{item}", "Et punkt til mødet", new DateOnly(2026, 11, 24), now), ct);
            }
        });
        var bank = bot.Service<QuestionBank>();
        var aggregates = bot.Service<AggregateStore>();
        var random = new Random(7);
        foreach (var week in Enumerable.Range(1, 52).Select(i => PulsePeriod.Containing(now.AddDays(-7 * i))))
        {
            var questions = QuestionRotation.Choose(bank, week, 5).Select(q => q.Id).ToList();
            var scores = Enumerable.Range(0, random.Next(6, 11))
                .Select(_ => (IReadOnlyDictionary<string, int?>)questions.ToDictionary(q => q, _ => (int?)random.Next(1, 6))).ToList();
            await aggregates.RecomputeAsync(refs[0], week, scores, 10, minimumGroupSize: 5, default);
        }
        Console.WriteLine($"generated: {teams} team setups and TRIOs ({trioItems} items each), 52 weeks of aggregates for the leader's team, in {started.Elapsed.TotalSeconds:F0} s");

        var latencies = new List<double>();
        var rosterReads = 0;
        const int WarmUp = 5;
        for (var run = 0; run < runs + WarmUp; run++)
        {
            connector.Calls.Clear();
            var message = TeamsActivities.Message(connector.ServiceUrl, "resumé", "a:personal-bench", userId: leaderId, aadObjectId: leaderAad);
            var begun = Stopwatch.GetTimestamp();
            using var response = await bot.PostActivityAsync(message);
            var elapsed = Stopwatch.GetElapsedTime(begun).TotalMilliseconds;
            response.EnsureSuccessStatusCode();
            if (!connector.ActivitiesSent().Any(a => a.CardText.Contains("Bofællesskab 0", StringComparison.Ordinal)))
            {
                throw new InvalidOperationException("The leader did not get their team's summary.");
            }
            if (run < WarmUp) continue;
            latencies.Add(elapsed);
            rosterReads += connector.Calls.Count(c => c.Path.Contains("/pagedmembers", StringComparison.Ordinal));
        }
        latencies.Sort();
        double P(double p) => latencies[Math.Min(latencies.Count - 1, (int)(p * latencies.Count))];
        Console.WriteLine($"\"resumé\" through the bot ({teams} teams in the tenant), {runs} runs: p50 {P(0.5):F1} ms  p95 {P(0.95):F1} ms  p99 {P(0.99):F1} ms; " +
            $"roster reads per request {(double)rosterReads / runs:F1}");
    }
}
