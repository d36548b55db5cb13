using TrivselsBot.CheckIns.Delivery;

namespace TrivselsBot.Tests.CheckIns.Delivery;

public sealed class RequestScheduleTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(20);

    private static TimeSpan Ms(int milliseconds) => TimeSpan.FromMilliseconds(milliseconds);

    [Fact]
    public void Requests_asking_at_once_leave_one_interval_apart_never_in_a_burst()
    {
        var schedule = new RequestSchedule(Interval, perSecond: 50);

        var slots = Enumerable.Range(0, 5).Select(_ => schedule.Reserve(Ms(1000))).ToList();

        Assert.Equal([Ms(1000), Ms(1020), Ms(1040), Ms(1060), Ms(1080)], slots);
    }

    [Fact]
    public void A_waiter_that_wakes_late_does_not_push_back_the_slots_after_it()
    {
        var schedule = new RequestSchedule(Interval, perSecond: 50);
        schedule.Reserve(Ms(0));
        schedule.Reserve(Ms(0));

        Assert.Equal(Ms(40), schedule.Reserve(Ms(5)));
    }

    [Fact]
    public void An_idle_stream_banks_no_credit_for_a_burst_later()
    {
        var schedule = new RequestSchedule(Interval, perSecond: 50);
        schedule.Reserve(Ms(0));

        var slots = Enumerable.Range(0, 3).Select(_ => schedule.Reserve(Ms(5000))).ToList();

        Assert.Equal([Ms(5000), Ms(5020), Ms(5040)], slots);
        Assert.False(schedule.IsIdle(Ms(5050)));
        Assert.True(schedule.IsIdle(Ms(5060)));
    }

    [Fact]
    public void A_pause_voids_the_slots_inside_it_and_moves_the_next_ones_past_its_end()
    {
        var schedule = new RequestSchedule(Interval, perSecond: 50);
        var reservedBefore = schedule.Reserve(Ms(100));

        schedule.Pause(Ms(100), TimeSpan.FromSeconds(1));

        Assert.True(schedule.IsPaused(reservedBefore));
        Assert.Equal(Ms(1100), schedule.Reserve(Ms(150)));
        Assert.Equal(Ms(1120), schedule.Reserve(Ms(150)));
        Assert.False(schedule.IsPaused(Ms(1100)));
        Assert.False(schedule.IsIdle(Ms(1000)));
    }

    [Fact]
    public void A_shorter_pause_does_not_cut_a_longer_one_short()
    {
        var schedule = new RequestSchedule(Interval, perSecond: 50);
        schedule.Pause(Ms(0), TimeSpan.FromSeconds(5));

        schedule.Pause(Ms(100), TimeSpan.FromSeconds(1));

        Assert.True(schedule.IsPaused(Ms(4000)));
        Assert.Equal(Ms(5000), schedule.Reserve(Ms(200)));
    }

    [Fact]
    public void A_request_counts_from_leaving_until_a_second_after_its_answer()
    {
        var schedule = new RequestSchedule(Interval, perSecond: 3);
        var departures = Enumerable.Range(0, 3).Select(i => schedule.Depart(Ms(1000 + 5 * i))).ToList();

        Assert.Equal([TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero], departures);
        Assert.Equal(Interval, schedule.Depart(Ms(1500)));

        schedule.Answered(Ms(1700));
        Assert.Equal(Ms(900), schedule.Depart(Ms(1800)));
        Assert.Equal(TimeSpan.Zero, schedule.Depart(Ms(2700)));
    }

    [Fact]
    public void Answers_that_come_late_hold_back_the_next_requests_longer_so_no_second_at_the_service_gets_too_many()
    {
        var schedule = new RequestSchedule(Interval, perSecond: 2);
        schedule.Depart(Ms(0));
        schedule.Depart(Ms(20));
        schedule.Answered(Ms(400));
        schedule.Answered(Ms(420));

        Assert.Equal(Ms(400), schedule.Depart(Ms(1000)));
        Assert.Equal(TimeSpan.Zero, schedule.Depart(Ms(1400)));
    }

    [Fact]
    public void A_stream_with_a_request_in_flight_or_answered_within_the_second_is_not_idle()
    {
        var schedule = new RequestSchedule(Interval, perSecond: 50);
        schedule.Depart(Ms(0));

        Assert.False(schedule.IsIdle(Ms(5000)));
        schedule.Answered(Ms(5000));
        Assert.False(schedule.IsIdle(Ms(5999)));
        Assert.True(schedule.IsIdle(Ms(6000)));
    }
}
