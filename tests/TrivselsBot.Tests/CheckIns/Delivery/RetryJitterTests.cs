using TrivselsBot.CheckIns.Delivery;

namespace TrivselsBot.Tests.CheckIns.Delivery;

public sealed class RetryJitterTests
{
    [Theory]
    [InlineData(0.0, 1000, 1000)]
    [InlineData(0.5, 1000, 1100)]
    [InlineData(0.999, 1000, 1199.8)]
    [InlineData(0.5, 60_000, 62_500)] // a fifth of a minute is 12 s; the jitter stops at 5 s
    [InlineData(0.999, 60_000, 64_995)]
    public void The_wait_is_the_retry_after_plus_up_to_a_fifth_of_it_and_at_most_5_seconds(double fraction, int retryAfterMs, double expectedMs)
    {
        var wait = new RetryJitter(() => fraction).Add(TimeSpan.FromMilliseconds(retryAfterMs));

        Assert.Equal(expectedMs, wait.TotalMilliseconds, precision: 3);
    }

    [Fact]
    public void Drawn_at_random_two_instances_seldom_come_back_in_the_same_millisecond()
    {
        var waits = Enumerable.Range(0, 100).Select(_ => RetryJitter.Random.Add(TimeSpan.FromSeconds(1))).ToList();

        Assert.All(waits, w => Assert.InRange(w, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1.2)));
        Assert.True(waits.Select(w => (int)w.TotalMilliseconds).Distinct().Count() > 50);
    }
}
