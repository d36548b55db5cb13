using TrivselsBot.CheckIns;
using TrivselsBot.Summaries;
using static TrivselsBot.Tests.Summaries.SampleHistory;

namespace TrivselsBot.Tests.Summaries;

public sealed class LeaderSummaryTests
{
    /// <summary>A week <paramref name="weeksBeforeLast"/> before the last closed one, where all six answer the same.</summary>
    private static PeriodAggregate Everyone(int weeksBeforeLast, params (string Question, int? Score)[] scores) =>
        PeriodAggregate.From(WeeksBeforeLast(weeksBeforeLast),
            [.. Enumerable.Range(0, 6).Select(_ => (IReadOnlyDictionary<string, int?>)scores.ToDictionary(s => s.Question, s => s.Score))],
            Roster);

    private static ThemeScore Theme(LeaderSummary summary, string id) => summary.Themes.Single(t => t.Theme.Id == id);

    [Fact]
    public void A_summary_reads_the_last_closed_week_and_the_twelve_before_it()
    {
        var (from, to) = LeaderSummary.PeriodsToRead(Now);

        Assert.Equal((new PulsePeriod(2026, 36), new PulsePeriod(2026, 48)), (from, to));
    }

    [Fact]
    public void The_week_still_running_is_left_out_whatever_is_stored_for_it()
    {
        var closed = Weeks();
        var running = WeekAllAnswering(new PulsePeriod(2026, 49), 8, score: 1);

        var summary = closed.With(running).Summarise();

        Assert.Equal(LastWeek, summary.LastPeriod);
        Assert.Equal(Exposure.Of(closed.Summarise()), Exposure.Of(summary));
    }

    [Fact]
    public void The_anchor_is_the_last_week_against_the_mean_of_the_four_weeks_before()
    {
        var summary = new List<PeriodAggregate>
        {
            Everyone(5, ("anchor", 1)),
            Everyone(4, ("anchor", 3)),
            Everyone(3, ("anchor", 3)),
            Everyone(2, ("anchor", 3)),
            Everyone(1, ("anchor", 5)),
            Everyone(0, ("anchor", 4)),
        }.Summarise();

        Assert.Equal(Figure.Shown(75), summary.Anchor.Now);
        Assert.Equal(Figure.Shown(63), summary.Anchor.Before); // (50 + 50 + 50 + 100) / 4 = 62.5, the week of 1s is five weeks back
        Assert.Equal((Figure.Shown(12), Movement.Up), (summary.Anchor.Change, summary.Anchor.Movement));
    }

    [Fact]
    public void A_theme_is_the_mean_of_the_last_four_weeks_against_the_four_before_turned_round_where_higher_is_worse()
    {
        var summary = new List<PeriodAggregate>
        {
            Everyone(6, ("workload-2", 3)),
            Everyone(2, ("workload-2", 4)),
            Everyone(0, ("workload-2", 1)),
        }.Summarise();

        // "too busy to do your work properly": 4 is 25 points, 1 is 100, so the last four weeks are 62.5; the four before 50.
        Assert.Equal(new Comparison(Figure.Shown(63), Figure.Shown(50)), Theme(summary, "workload").Score);
        Assert.Equal(Movement.Up, Theme(summary, "workload").Score.Movement);
        Assert.Equal(Figure.NotMeasured, Theme(summary, "support").Score.Now);
    }

    [Theory]
    [InlineData(55, Movement.Up)]
    [InlineData(54, Movement.Steady)]
    [InlineData(46, Movement.Steady)]
    [InlineData(45, Movement.Down)]
    public void A_change_of_5_points_or_more_moves_the_arrow(double now, Movement movement)
    {
        Assert.Equal(movement, new Comparison(Figure.Shown(now), Figure.Shown(50)).Movement);
    }

    [Fact]
    public void Without_a_shown_before_there_is_no_change_and_no_arrow()
    {
        Assert.Equal((Figure.Suppressed, (Movement?)null), (new Comparison(Figure.Shown(60), Figure.Suppressed).Change, new Comparison(Figure.Shown(60), Figure.Suppressed).Movement));
        Assert.Equal(Figure.NotMeasured, new Comparison(Figure.Shown(60), Figure.NotMeasured).Change);
    }

    [Fact]
    public void Vaegten_weighs_the_load_questions_as_load_where_higher_is_heavier_against_the_resource_questions()
    {
        var summary = new List<PeriodAggregate>
        {
            Everyone(3, ("workload-2", 2), ("support-1", 4)),
            Everyone(1, ("violence-1", 5), ("emotional-3", 2)),
        }.Summarise();

        // Load: "too busy" at 2 is 75 good points, violence at 5 is 0; the mean 37.5 → 38 good, so the load is 62.
        // Resources: colleagues' help at 4 is 75 and talking a hard case through (a resource in the emotional theme) at 2 is 25.
        Assert.Equal(new VaegtenBalance(Figure.Shown(62), Figure.Shown(50)), summary.Balance);
    }

    [Fact]
    public void The_lowest_theme_and_the_theme_falling_most_are_worth_talking_about_with_their_dialogue_questions()
    {
        var summary = new List<PeriodAggregate>
        {
            Everyone(5, ("support-1", 5), ("workload-1", 2)),
            Everyone(1, ("support-1", 3), ("workload-1", 2)),
        }.Summarise();

        Assert.Equal(
            [("workload", AttentionReason.Lowest), ("support", AttentionReason.FallingMost)],
            summary.Attention.Select(a => (a.Theme.Id, a.Reason)));
        Assert.Equal(DialogueQuestions.For("support"), summary.Attention[1].Questions);
    }

    [Fact]
    public void When_the_lowest_theme_also_falls_most_it_is_named_once()
    {
        var summary = new List<PeriodAggregate>
        {
            Everyone(5, ("support-1", 5), ("workload-1", 4)),
            Everyone(1, ("support-1", 1), ("workload-1", 4)),
        }.Summarise();

        Assert.Equal([("support", AttentionReason.Lowest)], summary.Attention.Select(a => (a.Theme.Id, a.Reason)));
    }

    [Fact]
    public void The_trend_has_one_point_per_week_oldest_first_with_gaps_for_weeks_without_a_figure()
    {
        var weeks = Weeks().Without(WeeksBeforeLast(7)).With(Week(WeeksBeforeLast(3), respondents: 4));

        var trend = weeks.Summarise().AnchorTrend;

        Assert.Equal(Enumerable.Range(36, 13).Select(w => new PulsePeriod(2026, w)), trend.Select(p => p.Period));
        Assert.Equal(Figure.NotMeasured, trend[^8].Score);
        Assert.Equal(Figure.Suppressed, trend[^4].Score);
        Assert.Equal(11, trend.Count(p => p.Score.IsShown));
    }

    [Fact]
    public void A_new_team_gets_a_summary_with_nothing_measured_and_nothing_to_talk_about()
    {
        var summary = new List<PeriodAggregate>().Summarise();

        Assert.Equal(Figure.NotMeasured, summary.Anchor.Now);
        Assert.All(summary.Themes, t => Assert.Equal(Figure.NotMeasured, t.Score.Now));
        Assert.Empty(summary.Attention);
    }
}
