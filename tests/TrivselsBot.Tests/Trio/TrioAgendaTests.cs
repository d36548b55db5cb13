using TrivselsBot.CheckIns;
using TrivselsBot.Summaries;
using TrivselsBot.Tests.Summaries;
using TrivselsBot.Trio;

namespace TrivselsBot.Tests.Trio;

public sealed class TrioAgendaTests
{
    [Fact]
    public void Overdue_actions_come_first_then_by_due_date_and_finished_items_and_decisions_are_left_out()
    {
        var agenda = TrioSamples.Agenda(
        [
            TrioSamples.Action("Later", TrioSamples.Today.AddDays(9), "a-later"),
            TrioSamples.Action("Soon", TrioSamples.Today.AddDays(1), "a-soon"),
            TrioSamples.Action("Overdue", TrioSamples.Today.AddDays(-3), "a-overdue"),
            TrioSamples.Action("Finished", TrioSamples.Today.AddDays(-9), "a-done") with { DoneInMeeting = new DateOnly(2026, 11, 24) },
            TrioSamples.Point("Open point"),
            TrioSamples.Point("Handled point", "p-2") with { DoneInMeeting = new DateOnly(2026, 11, 24) },
            TrioSamples.Action("A decision", TrioSamples.Today, "d-1") with { Kind = TrioItemKind.Decision },
        ]);

        Assert.Equal(["Overdue", "Soon", "Later"], agenda.OpenActions.Select(a => a.Text));
        Assert.Equal(["Open point"], agenda.Points.Select(p => p.Text));
    }

    [Theory]
    [InlineData(5, true)]
    [InlineData(50, false)]
    public void The_pulse_part_is_the_leader_summary_under_the_teams_k(int k, bool shown)
    {
        var agenda = TrioAgenda.Build(new DateOnly(2026, 12, 8), TrioSamples.Today, SampleHistory.Bank, SampleHistory.Weeks(), k, SampleHistory.Now,
            [], TrioSamples.Cycle, new Dictionary<string, DateOnly>());
        var summary = SampleHistory.Weeks().Summarise(k: k);

        Assert.Equal(summary.ResponseRate, agenda.Pulse.ResponseRate);
        Assert.Equal(summary.Balance, agenda.Pulse.Balance);
        Assert.Equal(summary.Attention.Select(a => a.Theme.Id), agenda.Pulse.Attention.Select(a => a.Theme.Id));
        Assert.Equal(shown, agenda.Pulse.ResponseRate.Percent.IsShown);
        Assert.Equal(shown, agenda.Signals.Any(s => s.Score.IsShown));
    }

    [Fact]
    public void Every_violence_and_tone_question_is_a_signal_scored_over_the_last_four_weeks()
    {
        var agenda = TrioSamples.Agenda();

        Assert.Equal(SampleHistory.Bank.InTheme(TrioAgenda.SignalTheme).Select(q => q.Id), agenda.Signals.Select(s => s.Question.Id));
        Assert.Contains(agenda.Signals, s => s.Score.IsShown);
    }

    [Fact]
    public void A_signal_is_suppressed_when_every_week_it_was_asked_had_fewer_than_k_answers()
    {
        var underK = SampleHistory.Weeks().Select(w => SampleHistory.Week(w.Period, respondents: 4)).ToList();

        var agenda = TrioAgenda.Build(new DateOnly(2026, 12, 8), TrioSamples.Today, SampleHistory.Bank, underK, 5, SampleHistory.Now, [],
            TrioSamples.Cycle, new Dictionary<string, DateOnly>());

        Assert.All(agenda.Signals, s => Assert.Equal(FigureState.Suppressed, s.Score.State));
        Assert.Equal(FigureState.Suppressed, agenda.Pulse.ResponseRate.Percent.State);
    }

    [Fact]
    public void A_signal_ignores_a_suppressed_week_instead_of_counting_it_in()
    {
        var weeks = SampleHistory.Weeks();
        var lastRound = Enumerable.Range(0, 4).Select(back => SampleHistory.WeeksBeforeLast(back)).ToList();
        var withSuppressedWeek = weeks.With(SampleHistory.WeekAllAnswering(lastRound[1], respondents: 4, score: 1));
        var withoutThatWeek = weeks.Without(lastRound[1]);

        TrioAgenda Build(List<PeriodAggregate> history) => TrioAgenda.Build(new DateOnly(2026, 12, 8), TrioSamples.Today, SampleHistory.Bank, history, 5,
            SampleHistory.Now, [], TrioSamples.Cycle, new Dictionary<string, DateOnly>());

        Assert.Contains(Build(withSuppressedWeek).Signals, s => s.Score.IsShown);
        Assert.Equal(Build(withoutThatWeek).Signals.Select(s => s.Score.Value), Build(withSuppressedWeek).Signals.Select(s => s.Score.Value));
    }

    [Fact]
    public void A_week_missing_from_the_store_is_not_measured_rather_than_zero()
    {
        var period = new PulsePeriod(2026, 48);
        var agenda = TrioAgenda.Build(new DateOnly(2026, 12, 8), TrioSamples.Today, SampleHistory.Bank, [], 5, SampleHistory.Now, [],
            TrioSamples.Cycle, new Dictionary<string, DateOnly>());

        Assert.Equal(period, agenda.Pulse.LastPeriod);
        Assert.All(agenda.Signals, s => Assert.Equal(FigureState.NotMeasured, s.Score.State));
    }
}
