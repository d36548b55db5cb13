using TrivselsBot.Trio;

namespace TrivselsBot.Tests.Trio;

public sealed class TrioScheduleRulesTests
{
    [Theory]
    [InlineData("2026-11-24", "2026-11-24")]
    [InlineData("2026-11-25", "2026-12-08")]
    [InlineData("2026-12-08", "2026-12-08")]
    [InlineData("2026-11-01", "2026-11-24")]
    public void Meetings_follow_every_second_week_from_the_first(string day, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            TrioSamples.Setup.NextMeetingOnOrAfter(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void The_agenda_of_a_tuesday_meeting_two_working_days_before_comes_on_the_friday()
    {
        Assert.Equal(new DateOnly(2026, 11, 20), TrioSamples.Setup.AgendaDay(new DateOnly(2026, 11, 24)));
    }

    [Theory]
    [InlineData(0, true)]   // due today
    [InlineData(2, true)]   // Friday: two working days after Wednesday
    [InlineData(5, false)]  // next Monday: three working days away
    public void An_owner_is_reminded_once_of_an_action_due_within_two_working_days(int daysAhead, bool reminded)
    {
        var action = TrioSamples.Action("Vagtplan", TrioSamples.Today.AddDays(daysAhead));

        var marked = TrioReminders.Reminder(action, TrioSamples.Today, "2026-W49");

        Assert.Equal(reminded, marked is not null);
        if (marked is not null) Assert.Null(TrioReminders.Reminder(marked, TrioSamples.Today, "2026-W49"));
    }

    [Fact]
    public void An_overdue_action_is_reminded_at_most_once_a_week_and_a_finished_one_never()
    {
        var overdue = TrioSamples.Action("Vagtplan", TrioSamples.Today.AddDays(-1));

        var marked = TrioReminders.Reminder(overdue, TrioSamples.Today, "2026-W49");
        Assert.Equal("2026-W49", marked!.RemindedOverdueWeek);
        Assert.Null(TrioReminders.Reminder(marked, TrioSamples.Today.AddDays(1), "2026-W49"));
        Assert.NotNull(TrioReminders.Reminder(marked, TrioSamples.Today.AddDays(5), "2026-W50"));
        Assert.Null(TrioReminders.Reminder(overdue with { DoneInMeeting = TrioSamples.Today }, TrioSamples.Today, "2026-W49"));
    }
}
