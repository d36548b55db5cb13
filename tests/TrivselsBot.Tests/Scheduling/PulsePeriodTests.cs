using System.Globalization;
using TrivselsBot.CheckIns;

namespace TrivselsBot.Tests.Scheduling;

/// <summary>A pulse period is an ISO week in Copenhagen time.</summary>
public sealed class PulsePeriodTests
{
    [Theory]
    [InlineData("2026-12-31T12:00:00+01:00", "2026-W53")]
    [InlineData("2027-01-03T23:59:00+01:00", "2026-W53")]
    [InlineData("2027-01-04T00:00:00+01:00", "2027-W01")]
    [InlineData("2025-12-29T09:00:00+01:00", "2026-W01")]
    public void Weeks_across_new_year_follow_ISO_8601(string instant, string period)
    {
        Assert.Equal(period, PulsePeriod.Containing(At(instant)).ToString());
    }

    [Fact]
    public void The_week_turns_at_Copenhagen_midnight_not_UTC_midnight()
    {
        var mondayAtHalfPastMidnightInCopenhagen = At("2026-11-29T23:30:00Z");

        Assert.Equal(new PulsePeriod(2026, 49), PulsePeriod.Containing(mondayAtHalfPastMidnightInCopenhagen));
    }

    [Fact]
    public void Start_and_end_are_Copenhagen_midnights()
    {
        var period = new PulsePeriod(2026, 53);

        Assert.Equal(At("2026-12-28T00:00:00+01:00"), period.Start);
        Assert.Equal(At("2027-01-04T00:00:00+01:00"), period.End);
        Assert.Equal(new PulsePeriod(2027, 1), period.Next);
        Assert.Equal(new PulsePeriod(2026, 52), period.Previous);
    }

    [Fact]
    public void The_week_of_the_spring_change_is_an_hour_short()
    {
        var period = new PulsePeriod(2026, 13);

        Assert.Equal(At("2026-03-23T00:00:00+01:00"), period.Start);
        Assert.Equal(At("2026-03-30T00:00:00+02:00"), period.End);
        Assert.Equal(TimeSpan.FromHours(7 * 24 - 1), period.End - period.Start);
    }

    [Theory]
    [InlineData("2026-W53", 2026, 53)]
    [InlineData("2027-W01", 2027, 1)]
    public void Parses_its_own_text(string text, int year, int week)
    {
        Assert.True(PulsePeriod.TryParse(text, out var period));
        Assert.Equal(new PulsePeriod(year, week), period);
        Assert.Equal(text, period.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("2027-W53")]
    [InlineData("2026-W00")]
    [InlineData("2026-W5")]
    [InlineData("2026-w05")]
    [InlineData("2026W05x")]
    [InlineData("+026-W05")]
    public void Refuses_anything_else(string? text)
    {
        Assert.False(PulsePeriod.TryParse(text, out _));
    }

    private static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture);
}
