using TrivselsBot.Testing;
using TrivselsBot.Scheduling;
using TrivselsBot.Setup;

namespace TrivselsBot.Tests.Scheduling;

/// <summary>The weekly pulse keeps Copenhagen wall-clock time through both daylight saving changes (2026: 29 March, 25 October).</summary>
public sealed class PulseTriggerDstTests
{
    private static readonly TeamRef Team = new("tenant-1", "19:general@thread.tacv2");

    [Fact]
    public void Monday_0900_is_0900_in_Copenhagen_before_and_after_the_spring_change()
    {
        var fires = FireTimes(DayOfWeek.Monday, new TimeOnly(9, 0), after: Utc("2026-03-20T00:00:00Z"), count: 2);

        Assert.Equal([Utc("2026-03-23T08:00:00Z"), Utc("2026-03-30T07:00:00Z")], fires);
    }

    [Fact]
    public void Monday_0900_is_0900_in_Copenhagen_before_and_after_the_autumn_change()
    {
        var fires = FireTimes(DayOfWeek.Monday, new TimeOnly(9, 0), after: Utc("2026-10-16T00:00:00Z"), count: 2);

        Assert.Equal([Utc("2026-10-19T07:00:00Z"), Utc("2026-10-26T08:00:00Z")], fires);
    }

    [Fact]
    public void A_time_the_spring_change_skips_fires_when_the_clocks_jump_to_0300_and_at_0230_the_week_after()
    {
        var fires = FireTimes(DayOfWeek.Sunday, new TimeOnly(2, 30), after: Utc("2026-03-27T00:00:00Z"), count: 2);

        Assert.Equal([Utc("2026-03-29T01:00:00Z"), Utc("2026-04-05T00:30:00Z")], fires);
    }

    [Fact]
    public void A_time_the_autumn_change_repeats_fires_once_that_night()
    {
        var fires = FireTimes(DayOfWeek.Sunday, new TimeOnly(2, 30), after: Utc("2026-10-23T00:00:00Z"), count: 2);

        Assert.Equal([Utc("2026-10-25T00:30:00Z"), Utc("2026-11-01T01:30:00Z")], fires);
    }

    [Fact]
    public void The_schedule_starts_at_the_clock_of_the_app_not_the_machine()
    {
        var trigger = TeamSchedules.PulseTrigger(Team, DayOfWeek.Monday, new TimeOnly(9, 0), new ShiftedClock(Utc("2030-01-01T12:00:00Z")));

        Assert.InRange(trigger.StartTimeUtc, Utc("2030-01-01T12:00:00Z"), Utc("2030-01-01T12:01:00Z"));
        Assert.Equal(Utc("2030-01-07T08:00:00Z"), trigger.GetFireTimeAfter(trigger.StartTimeUtc));
    }

    private static List<DateTimeOffset> FireTimes(DayOfWeek day, TimeOnly time, DateTimeOffset after, int count)
    {
        var trigger = TeamSchedules.PulseTrigger(Team, day, time, new ShiftedClock(after));
        var fires = new List<DateTimeOffset>();
        for (var t = trigger.GetFireTimeAfter(after); t is not null && fires.Count < count; t = trigger.GetFireTimeAfter(t))
        {
            fires.Add(t.Value);
        }
        return fires;
    }

    private static DateTimeOffset Utc(string iso) => DateTimeOffset.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);
}
