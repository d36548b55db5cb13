using TrivselsBot.Tests.Scheduling;
using TrivselsBot.Trio;
using static TrivselsBot.Tests.Scheduling.Calendars;

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
        Assert.Equal(new DateOnly(2026, 11, 20), TrioSamples.Setup.AgendaDay(new DateOnly(2026, 11, 24), Calendars.Default));
    }

    [Theory]
    [InlineData("2026-04-07", 2, "2026-03-31")] // Tuesday after Easter: back over 2. påskedag, påske, langfredag, skærtorsdag
    [InlineData("2026-04-07", 1, "2026-04-01")]
    [InlineData("2026-04-08", 2, "2026-04-01")]
    [InlineData("2026-12-29", 2, "2026-12-23")] // back over 2. juledag, juledag and juleaftensdag
    [InlineData("2027-01-05", 2, "2026-12-30")] // back over nytårsdag and nytårsaftensdag
    public void The_agenda_counts_its_working_days_back_over_holidays_and_closed_days(string meeting, int before, string agenda)
    {
        Assert.Equal(Day(agenda), (TrioSamples.Setup with { AgendaWorkingDaysBefore = before }).AgendaDay(Day(meeting), Calendars.Default));
    }

    [Fact]
    public void The_agenda_is_scheduled_on_its_working_day_before_the_next_meeting_in_copenhagen_time()
    {
        var setup = TrioSamples.Setup with { FirstMeeting = Day("2026-03-24") }; // every second Tuesday: 24 March, 7 April

        Assert.Equal(new DateTimeOffset(2026, 3, 31, 8, 0, 0, TimeSpan.FromHours(2)),
            TrioSchedules.AgendaTime(setup, Day("2026-03-25"), new TimeOnly(8, 0), Calendars.Default));
    }

    [Fact]
    public void Days_off_never_pull_an_agenda_back_before_the_previous_meeting()
    {
        // Weekly on Tuesdays, five working days before: for 7 April that is 26 March, before the meeting of 31 March.
        var weekly = TrioSamples.Setup with { FirstMeeting = Day("2026-03-31"), IntervalWeeks = 1, AgendaWorkingDaysBefore = 5 };

        Assert.Equal(new DateTimeOffset(2026, 4, 1, 8, 0, 0, TimeSpan.FromHours(2)),
            TrioSchedules.AgendaTime(weekly, Day("2026-04-01"), new TimeOnly(8, 0), Calendars.Default));
    }

    [Fact]
    public void A_new_setup_whose_first_agenda_day_has_passed_gets_it_at_once_but_never_on_a_day_off()
    {
        var setup = TrioSamples.Setup with { FirstMeeting = Day("2026-04-07") };

        Assert.Equal(new DateTimeOffset(2026, 4, 7, 8, 0, 0, TimeSpan.FromHours(2)),
            TrioSchedules.AgendaTime(setup, Day("2026-04-04"), new TimeOnly(8, 0), Calendars.Default)); // saved on påskelørdag
        Assert.Equal(new DateTimeOffset(2026, 4, 1, 8, 0, 0, TimeSpan.FromHours(2)),
            TrioSchedules.AgendaTime(setup, Day("2026-04-01"), new TimeOnly(8, 0), Calendars.Default));
    }

    [Theory]
    [InlineData("2026-04-08", true)]  // Wednesday after Easter: the second working day after Wednesday 1 April
    [InlineData("2026-04-09", false)]
    public void Before_easter_an_action_due_within_two_working_days_reaches_past_the_holidays(string due, bool reminded)
    {
        var wednesdayBeforeEaster = Day("2026-04-01");

        Assert.Equal(reminded, TrioReminders.Reminder(TrioSamples.Action("Vagtplan", Day(due)), wednesdayBeforeEaster, "2026-W14", Calendars.Default) is not null);
    }

    [Theory]
    [InlineData(0, true)]   // due today
    [InlineData(2, true)]   // Friday: two working days after Wednesday
    [InlineData(5, false)]  // next Monday: three working days away
    public void An_owner_is_reminded_once_of_an_action_due_within_two_working_days(int daysAhead, bool reminded)
    {
        var action = TrioSamples.Action("Vagtplan", TrioSamples.Today.AddDays(daysAhead));

        var marked = TrioReminders.Reminder(action, TrioSamples.Today, "2026-W49", Calendars.Default);

        Assert.Equal(reminded, marked is not null);
        if (marked is not null) Assert.Null(TrioReminders.Reminder(marked, TrioSamples.Today, "2026-W49", Calendars.Default));
    }

    [Fact]
    public void An_overdue_action_is_reminded_at_most_once_a_week_and_a_finished_one_never()
    {
        var overdue = TrioSamples.Action("Vagtplan", TrioSamples.Today.AddDays(-1));

        var marked = TrioReminders.Reminder(overdue, TrioSamples.Today, "2026-W49", Calendars.Default);
        Assert.Equal("2026-W49", marked!.RemindedOverdueWeek);
        Assert.Null(TrioReminders.Reminder(marked, TrioSamples.Today.AddDays(1), "2026-W49", Calendars.Default));
        Assert.NotNull(TrioReminders.Reminder(marked, TrioSamples.Today.AddDays(5), "2026-W50", Calendars.Default));
        Assert.Null(TrioReminders.Reminder(overdue with { DoneInMeeting = TrioSamples.Today }, TrioSamples.Today, "2026-W49", Calendars.Default));
    }
}
