using System.Globalization;
using TrivselsBot.Scheduling;

namespace TrivselsBot.Tests.Scheduling;

/// <summary>Reminders come a number of working days (Monday to Friday without holidays, Copenhagen) after the pulse.</summary>
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
        Assert.Equal(At(reminder), TeamSchedules.ReminderTime(At(pulse), workingDays, Calendars.Default));
    }

    [Theory]
    [InlineData("2026-04-03T09:00:00+02:00", 1, "2026-04-07T09:00:00+02:00")] // langfredag: not 2. påskedag, but Tuesday
    [InlineData("2026-04-01T09:00:00+02:00", 1, "2026-04-07T09:00:00+02:00")] // skærtorsdag to 2. påskedag are off
    [InlineData("2026-05-13T09:00:00+02:00", 1, "2026-05-15T09:00:00+02:00")] // Kristi himmelfartsdag
    [InlineData("2026-12-21T09:00:00+01:00", 3, "2026-12-28T09:00:00+01:00")] // juleaftensdag and juledag
    public void Skips_holidays_and_closed_days(string pulse, int workingDays, string reminder)
    {
        Assert.Equal(At(reminder), TeamSchedules.ReminderTime(At(pulse), workingDays, Calendars.Default));
    }

    [Fact]
    public void Keeps_the_local_time_of_day_across_the_spring_change()
    {
        Assert.Equal(At("2026-03-30T09:00:00+02:00"), TeamSchedules.ReminderTime(At("2026-03-27T09:00:00+01:00"), 1, Calendars.Default));
    }

    [Fact]
    public void Counts_from_the_Copenhagen_date_of_the_pulse()
    {
        var mondayAtHalfPastMidnightInCopenhagen = At("2026-11-29T23:30:00Z");

        Assert.Equal(At("2026-12-01T00:30:00+01:00"), TeamSchedules.ReminderTime(mondayAtHalfPastMidnightInCopenhagen, 1, Calendars.Default));
    }

    [Fact]
    public void Can_be_given_its_own_time_of_day()
    {
        Assert.Equal(At("2026-11-30T14:00:00+01:00"), TeamSchedules.ReminderTime(At("2026-11-27T09:00:00+01:00"), 1, Calendars.Default, new TimeOnly(14, 0)));
    }

    [Fact]
    public void Never_falls_on_a_weekend_or_holiday_whatever_the_pulse_day()
    {
        var monday = At("2026-03-30T09:00:00+02:00");
        for (var day = 0; day < 14; day++)
        {
            for (var workingDays = 0; workingDays <= 10; workingDays++)
            {
                var reminder = Copenhagen.LocalTime(TeamSchedules.ReminderTime(monday.AddDays(day), workingDays, Calendars.Default));
                Assert.DoesNotContain(reminder.DayOfWeek, new[] { DayOfWeek.Saturday, DayOfWeek.Sunday });
                Assert.False(DanishHolidays.IsHoliday(DateOnly.FromDateTime(reminder)));
            }
        }
    }

    [Fact]
    public void Refuses_a_negative_number_of_days()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TeamSchedules.ReminderTime(At("2026-11-27T09:00:00+01:00"), -1, Calendars.Default));
    }

    private static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture);
}
