using TrivselsBot.CheckIns;
using TrivselsBot.Demo;
using TrivselsBot.Hosting;

namespace TrivselsBot.Tests.Hosting;

public sealed class LocalTryClockTests
{
    [Fact]
    public void Ending_the_week_moves_to_a_minute_past_Monday_midnight_in_Copenhagen_across_the_change_to_winter_time()
    {
        // Wednesday 21 October 2026, week 43; the clocks go back on Sunday 25 October.
        var inner = new DemoClock(new DateTimeOffset(2026, 10, 21, 12, 0, 0, TimeSpan.FromHours(2)));
        var clock = new LocalTryClock(inner);

        var ended = clock.EndCurrentWeek();

        Assert.Equal(new PulsePeriod(2026, 43), ended);
        Assert.Equal(new DateTimeOffset(2026, 10, 26, 0, 1, 0, TimeSpan.FromHours(1)), clock.GetUtcNow());
        Assert.True(ended.IsClosedAt(clock.GetUtcNow()));
    }

    [Fact]
    public void Moved_time_holds_while_the_inner_clock_goes_on_and_a_second_end_closes_the_next_week()
    {
        var inner = new DemoClock(new DateTimeOffset(2026, 12, 2, 10, 0, 0, TimeSpan.FromHours(1)));
        var clock = new LocalTryClock(inner);
        clock.EndCurrentWeek();

        inner.Now += TimeSpan.FromHours(3);

        Assert.Equal(new DateTimeOffset(2026, 12, 7, 3, 1, 0, TimeSpan.FromHours(1)), clock.GetUtcNow());
        Assert.Equal(new PulsePeriod(2026, 50), clock.EndCurrentWeek());
        Assert.Equal(new DateTimeOffset(2026, 12, 14, 0, 1, 0, TimeSpan.FromHours(1)), clock.GetUtcNow());
    }
}
