using System.Globalization;
using TrivselsBot.Scheduling;

namespace TrivselsBot.Tests.Scheduling;

/// <summary>Reminders come a number of working days (Monday to Friday, Copenhagen) after the pulse.</summary>
public sealed class ReminderTimeTests
{
    [Theory]
    [InlineData("2026-11-27T09:00:00+01:00", 2, "2026-12-01T09:00:00+01:00")] // Friday → Tuesday
    [InlineData("2026-11-26T09:00:00+01:00", 2, "2026-11-30T09:00:00+01:00")] // Thursday → Monday
    [InlineData("2026-11-23T09:00:00+01:00", 2, "2026-11-25T09:00:00+01:00")] // Monday → Wednesday
    [InlineData("2026-11-23T09:00:00+01:00", 5, "2026-11-30T09:00:00+01:00")] // a whole working week
    [InlineData("2026-11-28T10:00:00+01:00", 1, "2026-11-30T10:00:00+01:00")] // Saturday → Monday
    [InlineData("2026-11-28T10:00:00+01:00", 0, "2026-11-30T10:00:00+01:00")] // no days, but not on a weekend
    [InlineData("2026-11-25T10:00:00+01:00", 0, "2026-11-25T10:00:00+01:00")]
    public void Skips_Saturday_and_Sunday(string pulse, int workingDays, string reminder)
    {
        Assert.Equal(At(reminder), TeamSchedules.ReminderTime(At(pulse), workingDays));
    }

    [Fact]
    public void Keeps_the_local_time_of_day_across_the_spring_change()
    {
        Assert.Equal(At("2026-03-30T09:00:00+02:00"), TeamSchedules.ReminderTime(At("2026-03-27T09:00:00+01:00"), 1));
    }

    [Fact]
    public void Counts_from_the_Copenhagen_date_of_the_pulse()
    {
        var mondayAtHalfPastMidnightInCopenhagen = At("2026-11-29T23:30:00Z");

        Assert.Equal(At("2026-12-01T00:30:00+01:00"), TeamSchedules.ReminderTime(mondayAtHalfPastMidnightInCopenhagen, 1));
    }

    [Fact]
    public void Can_be_given_its_own_time_of_day()
    {
        Assert.Equal(At("2026-11-30T14:00:00+01:00"), TeamSchedules.ReminderTime(At("2026-11-27T09:00:00+01:00"), 1, new TimeOnly(14, 0)));
    }

    [Fact]
    public void Never_falls_on_a_weekend_whatever_the_pulse_day()
    {
        var monday = At("2026-11-23T09:00:00+01:00");
        for (var day = 0; day < 7; day++)
        {
            for (var workingDays = 0; workingDays <= 10; workingDays++)
            {
                var reminder = Copenhagen.LocalTime(TeamSchedules.ReminderTime(monday.AddDays(day), workingDays));
                Assert.DoesNotContain(reminder.DayOfWeek, new[] { DayOfWeek.Saturday, DayOfWeek.Sunday });
            }
        }
    }

    [Fact]
    public void Refuses_a_negative_number_of_days()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TeamSchedules.ReminderTime(At("2026-11-27T09:00:00+01:00"), -1));
    }

    private static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture);
}
