using System.Collections.Concurrent;

namespace TrivselsBot.Testing.Faults;

/// <summary>Request durations collected from many senders at once, read as percentiles (nearest rank).</summary>
public sealed class Latencies
{
    private readonly ConcurrentBag<double> _milliseconds = [];

    public int Count => _milliseconds.Count;

    public void Add(TimeSpan elapsed) => _milliseconds.Add(elapsed.TotalMilliseconds);

    public double Percentile(double p)
    {
        var sorted = _milliseconds.ToArray();
        if (sorted.Length == 0) return 0;
        Array.Sort(sorted);
        return sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
    }

    public string Summary() => $"p50 {Percentile(0.50):F0} ms, p99 {Percentile(0.99):F0} ms ({Count} requests)";
}
