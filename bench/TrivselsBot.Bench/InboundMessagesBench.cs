using System.Diagnostics;
using TrivselsBot.Testing;

namespace TrivselsBot.Bench;

/// <summary>
/// Inbound activities per second for a plain message through the whole HTTP pipeline on loopback:
/// parse, checks, routing, and the reply sent to a local Bot Connector.
/// </summary>
public static class InboundMessagesBench
{
    public static async Task RunAsync(int messages, int concurrency)
    {
        using var azurite = await AzuriteProcess.StartAsync();
        await using var connector = await RecordingConnector.StartAsync();
        await using var bot = await BotUnderTest.StartAsync(azurite.ConnectionString);
        var conversations = Enumerable.Range(0, concurrency).Select(i => $"a:bench-{i}").ToArray();
        var bodies = conversations.Select(c => TeamsActivities.Message(connector.ServiceUrl, "hvordan går det?", c).ToJsonString()).ToArray();

        await SendAsync(bot, bodies, messages / 10, concurrency); // warm-up: JIT, connection pools, conversation cache
        connector.Calls.Clear();

        var latencies = new double[messages];
        var clock = Stopwatch.StartNew();
        var failures = await SendAsync(bot, bodies, messages, concurrency, latencies);
        clock.Stop();

        Array.Sort(latencies);
        var replies = connector.ActivitiesSent().Count;
        Console.WriteLine($"inbound plain messages: {messages} with {concurrency} concurrent senders in {clock.Elapsed.TotalSeconds:F2} s");
        Console.WriteLine($"  throughput: {messages / clock.Elapsed.TotalSeconds:F0} activities/s");
        Console.WriteLine($"  latency ms: p50 {Percentile(latencies, 0.50):F2}  p95 {Percentile(latencies, 0.95):F2}  p99 {Percentile(latencies, 0.99):F2}");
        Console.WriteLine($"  non-200 responses: {failures}, replies received by the connector: {replies}");
    }

    private static async Task<int> SendAsync(BotUnderTest bot, string[] bodies, int count, int concurrency, double[]? latencies = null)
    {
        var next = -1;
        var failures = 0;
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async worker =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                var started = Stopwatch.GetTimestamp();
                using var response = await bot.PostRawAsync(bodies[worker]);
                if (latencies is not null) latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (!response.IsSuccessStatusCode) Interlocked.Increment(ref failures);
            }
        }));
        return failures;
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)(p * sorted.Length))];
}
