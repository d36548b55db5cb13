using TrivselsBot.CheckIns;
using TrivselsBot.CheckIns.Questions;
using TrivselsBot.Localization;
using TrivselsBot.Summaries;
using static TrivselsBot.Tests.Summaries.SampleHistory;

namespace TrivselsBot.Tests.Summaries;

/// <summary>
/// A leader trying to learn something about a week fewer than k answered, through anything the summary offers: the week
/// itself, the four-week averages, the changes, the trend, Vægten, the response rate, the card and the CSV file.
/// </summary>
public sealed class SuppressedWeekAttackTests
{
    private const int K = 5;

    /// <summary>
    /// Where the small week sits: 0 the last week (response rate, anchor now); 1-4 the anchor's four weeks before and the
    /// themes' latest round; 4-7 the round before; 8 and 12 the trend only.
    /// </summary>
    public static TheoryData<int> EveryPlaceInTheSummary => [0, 1, 2, 3, 4, 5, 6, 7, 8, 12];

    [Theory]
    [MemberData(nameof(EveryPlaceInTheSummary))]
    public void Whatever_a_week_under_k_answered_the_card_and_the_csv_stay_exactly_the_same(int weeksBeforeLast)
    {
        var small = WeeksBeforeLast(weeksBeforeLast);
        PeriodAggregate[] answersThatWeek =
        [
            Week(small, K - 1, seed: 1),
            Week(small, K - 1, seed: 2),
            WeekAllAnswering(small, K - 1, score: 1),
            WeekAllAnswering(small, K - 1, score: 5),
            WeekAllAnswering(small, 1, score: 5),
            WeekAllAnswering(small, 0, score: null),
        ];

        var seen = answersThatWeek.Select(week => Exposure.Of(Weeks().With(week).Summarise(K))).Distinct();

        Assert.Single(seen);
    }

    [Theory]
    [MemberData(nameof(EveryPlaceInTheSummary))]
    public void A_week_of_exactly_k_is_shown_so_its_answers_do_change_what_is_seen(int weeksBeforeLast)
    {
        var week = WeeksBeforeLast(weeksBeforeLast);

        var low = Weeks().With(WeekAllAnswering(week, K, score: 1)).Summarise(K);
        var high = Weeks().With(WeekAllAnswering(week, K, score: 5)).Summarise(K);

        Assert.NotEqual(Exposure.Of(low), Exposure.Of(high));
        Assert.Equal((Figure.Shown(0), Figure.Shown(100)), (low.AnchorTrend[^(weeksBeforeLast + 1)].Score, high.AnchorTrend[^(weeksBeforeLast + 1)].Score));
    }

    [Theory]
    [MemberData(nameof(EveryPlaceInTheSummary))]
    public void A_summary_with_a_week_under_k_shows_the_same_numbers_as_a_summary_without_that_week(int weeksBeforeLast)
    {
        var small = WeeksBeforeLast(weeksBeforeLast);

        var with = Exposure.Figures(Weeks().With(WeekAllAnswering(small, K - 1, score: 1)).Summarise(K));
        var without = Exposure.Figures(Weeks().Without(small).Summarise(K));

        Assert.Equal(without.Select(f => (f.Key, f.Value.Value)), with.Select(f => (f.Key, f.Value.Value)));
        Assert.Equal((FigureState.Suppressed, FigureState.NotMeasured), (with[$"trend {small}"].State, without[$"trend {small}"].State));
    }

    [Fact]
    public void The_four_week_average_is_the_average_of_the_shown_weeks_only()
    {
        var weeks = Weeks().With(WeekAllAnswering(WeeksBeforeLast(2), K - 1, score: 1));

        var before = weeks.Summarise(K).Anchor.Before;

        int[] shownWeeks = [1, 3, 4];
        var shown = shownWeeks.Select(w => weeks.Single(p => p.Period == WeeksBeforeLast(w)).Question("anchor")!.Points(ScoreDirection.HigherIsBetter));
        Assert.Equal(Math.Round(shown.Average(), MidpointRounding.AwayFromZero), before.Value);
    }

    [Fact]
    public void A_last_week_under_k_hides_the_response_rate_the_anchor_and_its_change()
    {
        var summary = Weeks().With(Week(LastWeek, K - 1)).Summarise(K);

        Assert.Equal(new ResponseRate(Figure.Suppressed, Figure.Suppressed, Roster), summary.ResponseRate);
        Assert.Equal((Figure.Suppressed, Figure.Suppressed), (summary.Anchor.Now, summary.Anchor.Change));
        Assert.True(summary.Anchor.Before.IsShown);
        Assert.Contains("Svarprocent: for få svar", Exposure.Texts(SummaryCard.Build(Language.Danish, summary, Exposure.TeamName)));
    }

    [Fact]
    public void When_all_four_weeks_before_are_under_k_there_is_no_average_and_no_change()
    {
        var weeks = Enumerable.Range(1, 4).Aggregate(Weeks(), (all, w) => all.With(Week(WeeksBeforeLast(w), K - 1)));

        var summary = weeks.Summarise(K);

        Assert.True(summary.Anchor.Now.IsShown);
        Assert.Equal((Figure.Suppressed, Figure.Suppressed, (Movement?)null), (summary.Anchor.Before, summary.Anchor.Change, summary.Anchor.Movement));
    }

    [Fact]
    public void A_theme_most_declined_is_suppressed_though_its_week_is_shown_and_its_scores_reach_nothing()
    {
        PeriodAggregate Week1(int? violenceScore) => PeriodAggregate.From(WeeksBeforeLast(1),
            [.. Enumerable.Range(0, 6).Select(i => (IReadOnlyDictionary<string, int?>)new Dictionary<string, int?>
            {
                ["anchor"] = 4,
                ["workload-2"] = 2,
                ["violence-1"] = i < 2 ? violenceScore : null, // two answer, four choose "vil ikke svare"
            })],
            Roster);
        PeriodAggregate WithoutViolence() => PeriodAggregate.From(WeeksBeforeLast(1),
            [.. Enumerable.Range(0, 6).Select(_ => (IReadOnlyDictionary<string, int?>)new Dictionary<string, int?> { ["anchor"] = 4, ["workload-2"] = 2 })],
            Roster);

        var declined = new List<PeriodAggregate> { Week1(5) }.Summarise(K);

        Assert.Equal(Figure.Shown(75), declined.AnchorTrend[^2].Score);
        Assert.Equal(Figure.Suppressed, declined.Themes.Single(t => t.Theme.Id == "violence-and-tone").Score.Now);
        Assert.Equal(Figure.Shown(25), declined.Balance.Load);
        Assert.Equal(Exposure.Of(declined), Exposure.Of(new List<PeriodAggregate> { Week1(1) }.Summarise(K)));
        var without = Exposure.Figures(new List<PeriodAggregate> { WithoutViolence() }.Summarise(K));
        Assert.Equal(without.Select(f => (f.Key, f.Value.Value)), Exposure.Figures(declined).Select(f => (f.Key, f.Value.Value)));
    }

    [Theory]
    [MemberData(nameof(EveryPlaceInTheSummary))]
    public void A_leader_who_lowers_k_still_sees_too_few_answers_for_a_week_closed_under_the_higher_k(int weeksBeforeLast)
    {
        var small = WeeksBeforeLast(weeksBeforeLast);
        List<PeriodAggregate> ClosedUnderK5(int? score) => Weeks().With(WeekAllAnswering(small, K - 1, score) with { MinimumGroupSizeAtClose = K });

        var lowered = ClosedUnderK5(score: 1).Summarise(k: K - 1);

        Assert.Equal(Figure.Suppressed, lowered.AnchorTrend[^(weeksBeforeLast + 1)].Score);
        Assert.Equal(Exposure.Of(lowered), Exposure.Of(ClosedUnderK5(score: 5).Summarise(k: K - 1)));
        Assert.Equal(Figure.Shown(0), Weeks().With(WeekAllAnswering(small, K - 1, score: 1)).Summarise(k: K - 1).AnchorTrend[^(weeksBeforeLast + 1)].Score);
    }

    [Fact]
    public void A_leader_who_raises_k_sees_earlier_weeks_under_the_new_k()
    {
        var summary = Weeks().With(WeekAllAnswering(LastWeek, K - 1, score: 5) with { MinimumGroupSizeAtClose = 3 }).Summarise(K);

        Assert.Equal(Figure.Suppressed, summary.Anchor.Now);
    }

    [Fact]
    public void A_setup_k_of_2_is_taken_as_3()
    {
        var two = Weeks().With(WeekAllAnswering(LastWeek, 2, score: 5)).Summarise(k: 2);
        var three = Weeks().With(WeekAllAnswering(LastWeek, 3, score: 5)).Summarise(k: 2);

        Assert.Equal(3, two.MinimumGroupSize);
        Assert.Equal(Figure.Suppressed, two.Anchor.Now);
        Assert.Equal(Figure.Shown(100), three.Anchor.Now);
    }

    [Fact]
    public void A_csv_row_for_a_week_under_k_holds_no_number()
    {
        var small = WeeksBeforeLast(3);

        var csv = Exposure.Csv(Weeks().With(Week(small, K - 1)).Summarise(K));

        var cells = csv.Split("\r\n").Single(row => row.Contains(small.ToString(), StringComparison.Ordinal) && row.Contains("uge for uge", StringComparison.Ordinal)).Split(';');
        Assert.Equal("for få svar", cells[2]);
        Assert.DoesNotMatch("[0-9]", string.Join(';', cells.Where((_, column) => column != 1)));
    }
}
