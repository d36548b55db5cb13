using static TrivselsBot.Tests.Scheduling.Calendars;

namespace TrivselsBot.Tests.Scheduling;

/// <summary>Counting working days over weekends, Easter, Christmas and the organisation's closed days.</summary>
public sealed class DanishWorkingDaysTests
{
    [Theory]
    [InlineData("2026-04-01", 1, "2026-04-07")] // onsdag før påske → tirsdag efter (skærtorsdag to 2. påskedag off)
    [InlineData("2026-03-31", 2, "2026-04-07")]
    [InlineData("2026-04-03", 1, "2026-04-07")] // from langfredag
    [InlineData("2026-05-13", 1, "2026-05-15")] // over Kristi himmelfartsdag
    [InlineData("2026-05-22", 1, "2026-05-26")] // over 2. pinsedag
    [InlineData("2026-12-23", 1, "2026-12-28")] // juleaftensdag (closed), juledag, weekend
    [InlineData("2026-12-30", 1, "2027-01-04")] // nytårsaftensdag (closed), nytårsdag, weekend
    [InlineData("2026-12-23", 4, "2027-01-04")]
    [InlineData("2026-06-04", 1, "2026-06-08")] // grundlovsdag (closed by default)
    [InlineData("2026-04-06", 0, "2026-04-07")] // 0: the first working day from a day off on
    [InlineData("2026-04-07", 0, "2026-04-07")]
    public void Counting_forwards_skips_weekends_holidays_and_closed_days(string from, int workingDays, string expected)
    {
        Assert.Equal(Day(expected), Default.After(Day(from), workingDays));
    }

    [Theory]
    [InlineData("2026-04-07", 1, "2026-04-01")] // tirsdag efter påske → onsdag før
    [InlineData("2026-04-07", 2, "2026-03-31")]
    [InlineData("2026-04-08", 2, "2026-04-01")]
    [InlineData("2027-01-04", 1, "2026-12-30")] // over nytårsdag and nytårsaftensdag
    [InlineData("2027-01-04", 2, "2026-12-29")]
    [InlineData("2026-12-28", 1, "2026-12-23")] // over juledag and juleaftensdag
    public void Counting_backwards_skips_weekends_holidays_and_closed_days(string from, int workingDays, string expected)
    {
        Assert.Equal(Day(expected), Default.Before(Day(from), workingDays));
    }

    [Theory]
    [InlineData("2026-06-05", false)] // grundlovsdag
    [InlineData("2026-12-24", false)] // juleaftensdag
    [InlineData("2026-12-31", false)] // nytårsaftensdag
    [InlineData("2026-12-29", true)]
    [InlineData("2026-04-06", false)] // 2. påskedag
    [InlineData("2026-11-28", false)] // a Saturday
    public void By_default_grundlovsdag_juleaftensdag_and_nytaarsaftensdag_are_closed(string day, bool working)
    {
        Assert.Equal(working, Default.IsWorkingDay(Day(day)));
    }

    [Fact]
    public void An_organisation_may_configure_its_own_closed_days_or_none()
    {
        var none = WithExtraClosedDays();
        Assert.True(none.IsWorkingDay(Day("2026-12-24")));
        Assert.Equal(Day("2026-12-24"), none.After(Day("2026-12-23"), 1));
        Assert.False(none.IsWorkingDay(Day("2026-12-25"))); // the holidays stay

        var ownDays = WithExtraClosedDays("05-01", "02-29");
        Assert.False(ownDays.IsWorkingDay(Day("2026-05-01")));
        Assert.True(ownDays.IsWorkingDay(Day("2026-06-05")));
        Assert.False(ownDays.IsWorkingDay(Day("2028-02-29")));
    }

    [Fact]
    public void A_negative_count_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Default.After(Day("2026-04-01"), -1));
    }
}
