using System.Diagnostics;
using System.Text.Json.Nodes;
using TrivselsBot.CheckIns;
using TrivselsBot.Privacy;
using TrivselsBot.Setup;
using TrivselsBot.Testing;

namespace TrivselsBot.Bench;

/// <summary>
/// Pulse answers per second through the whole HTTP pipeline (POST /api/messages: parse, checks, ticket verification,
/// participation insert, inbox write, flush to the answer table every k answers, the receipt PUT) into Azurite.
/// </summary>
public static class AnswerIngestBench
{
    public static async Task RunAsync(int members, int concurrency)
    {
        using var azurite = await AzuriteProcess.StartAsync();
        await using var connector = await RecordingConnector.StartAsync();
        connector.AddMembers(members, prefix: "bench");
        await using var bot = await BotUnderTest.StartAsync(azurite.ConnectionString, new Dictionary<string, string?>
        {
            ["Delivery:TenantRequestsPerSecond"] = "10000",
            ["Delivery:ConversationRequestsPerSecond"] = "100",
            ["Delivery:MaxParallelSends"] = "64",
        }, time: new ShiftedClock(new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.FromHours(1))));
        var team = new TeamRef(TeamsActivities.TenantId, "19:bench@thread.v2");
        var leader = connector.Members[0];
        await bot.PostActivityAsync(TeamsActivities.Submit(connector.ServiceUrl, new JsonObject
        {
            ["action"] = "setup.save", ["leaders"] = leader["aadObjectId"]!.GetValue<string>(), ["day"] = "1", ["time"] = "09:00",
            ["reminder"] = "2", ["questions"] = "5", ["language"] = "da", ["k"] = "5",
        }, "setup", team.ConversationId, leader["id"]!.GetValue<string>(), leader["aadObjectId"]!.GetValue<string>(), "groupChat"));

        var clock = Stopwatch.StartNew();
        await bot.Service<IPulseRunner>().RunAsync(team, new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.FromHours(1)), default);
        Console.WriteLine($"fan-out of {members} cards (limits lifted) in {clock.Elapsed.TotalSeconds:F1} s");

        var answers = AnswersByMember(bot, connector, team);
        connector.Calls.Clear();
        var latencies = new double[answers.Count];
        var next = -1;
        var failures = 0;
        clock.Restart();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < answers.Count)
            {
                var started = Stopwatch.GetTimestamp();
                using var response = await bot.PostActivityAsync(answers[i]);
                latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (!response.IsSuccessStatusCode) Interlocked.Increment(ref failures);
            }
        }));
        clock.Stop();

        var period = new PulsePeriod(2026, 48);
        var store = bot.Service<AnswerStore>();
        await store.FlushAsync(team, period, 5, periodClosed: true, default);
        var stored = (await store.StoredScoresAsync(team, period, default)).Count;
        var receipts = connector.Calls.Count(c => c.Method == "PUT" && c.CardText.Contains("Tak for dine svar", StringComparison.Ordinal));
        Array.Sort(latencies);
        Console.WriteLine($"answers: {answers.Count} with {concurrency} concurrent senders in {clock.Elapsed.TotalSeconds:F2} s");
        Console.WriteLine($"  throughput: {answers.Count / clock.Elapsed.TotalSeconds:F0} answers/s");
        Console.WriteLine($"  latency ms: p50 {Pct(latencies, 0.50):F1}  p95 {Pct(latencies, 0.95):F1}  p99 {Pct(latencies, 0.99):F1}");
        Console.WriteLine($"  non-200: {failures}, thank-you receipts: {receipts}, answers stored: {stored} (lost {answers.Count - stored})");
    }

    /// <summary>
    /// Each member's filled-in team pulse card as the submit activity Teams would send (the leader's own leader-pulse card,
    /// stored apart, is left out so "stored" counts like for like).
    /// </summary>
    private static List<JsonObject> AnswersByMember(BotUnderTest bot, RecordingConnector connector, TeamRef team)
    {
        var signer = bot.Service<PulseTicketSigner>();
        var pseudonyms = bot.Service<MemberPseudonym>();
        var byPseudonym = connector.Members.ToDictionary(m => pseudonyms.For(m["aadObjectId"]!.GetValue<string>()));
        var submits = new List<JsonObject>();
        foreach (var card in connector.ActivitiesSent().Select(c => c.Card).OfType<JsonObject>().Where(c => c["actions"] is not null))
        {
            var ticket = card["actions"]![0]!["data"]!["ticket"]!.GetValue<string>();
            if (!signer.TryVerify(ticket, out var verified) || verified.TeamKey != team.Key) continue;
            var member = byPseudonym[verified.RecipientPseudonym];
            var value = new JsonObject { ["action"] = PulseSubmission.ActionName, ["ticket"] = ticket, ["comment"] = "Travl uge, men god stemning." };
            foreach (var id in verified.QuestionIds) value[PulseSubmission.QuestionInputId(id)] = Random.Shared.Next(1, 6).ToString(System.Globalization.CultureInfo.InvariantCulture);
            submits.Add(TeamsActivities.Submit(connector.ServiceUrl, value, "card", "a:" + member["id"], member["id"]!.GetValue<string>(), member["aadObjectId"]!.GetValue<string>()));
        }
        return submits;
    }

    private static double Pct(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)(p * sorted.Length))];
}
