namespace TrivselsBot.CheckIns.Delivery;

/// <summary>
/// A random extra wait on top of a 429's Retry-After: up to a fifth of it, at most 5 s. Instances throttled by the same
/// answer then come back spread out instead of all in the same instant, which would earn the next 429.
/// </summary>
/// <param name="nextFraction">A number from 0 up to (not including) 1, like <see cref="System.Random.NextDouble"/>.</param>
public sealed class RetryJitter(Func<double> nextFraction)
{
    private const double LargestShare = 0.2;
    private static readonly TimeSpan LargestJitter = TimeSpan.FromSeconds(5);

    /// <summary>Draws from <see cref="Random.Shared"/>.</summary>
    public static RetryJitter Random { get; } = new(System.Random.Shared.NextDouble);

    public TimeSpan Add(TimeSpan retryAfter)
    {
        var largest = Math.Min(retryAfter.Ticks * LargestShare, LargestJitter.Ticks);
        return retryAfter + TimeSpan.FromTicks((long)(largest * Math.Clamp(nextFraction(), 0, 1)));
    }
}
