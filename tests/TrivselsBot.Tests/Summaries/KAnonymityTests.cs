using TrivselsBot.CheckIns;
using TrivselsBot.Summaries;

namespace TrivselsBot.Tests.Summaries;

public sealed class KAnonymityTests
{
    private static readonly PulsePeriod Week = new(2026, 48);

    private static PeriodAggregate Answered(int respondents, int declinedAnchor = 0, int roster = 12) =>
        PeriodAggregate.From(Week,
            [.. Enumerable.Range(0, respondents).Select(i => (IReadOnlyDictionary<string, int?>)new Dictionary<string, int?>
            {
                ["anchor"] = i < declinedAnchor ? null : 4,
                ["workload-1"] = 3,
            })],
            roster);

    [Theory]
    [InlineData(0, 3)]
    [InlineData(2, 3)]
    [InlineData(3, 3)]
    [InlineData(7, 7)]
    public void k_is_the_teams_minimum_group_size_but_never_under_3(int configured, int k)
    {
        Assert.Equal(k, new KAnonymity(configured).K);
    }

    [Fact]
    public void A_period_fewer_than_k_answered_shows_no_count_no_response_rate_and_no_score()
    {
        var k = new KAnonymity(5);
        var period = Answered(4);

        Assert.Equal(Figure.Suppressed, k.Respondents(period));
        Assert.Equal(Figure.Suppressed, k.ResponseRate(period));
        Assert.Equal(Figure.Suppressed, k.Score(period, SampleHistory.Bank.Anchor));
        Assert.Equal(Figure.Suppressed, k.Score(period, SampleHistory.Bank.Get("workload-1")));
    }

    [Fact]
    public void A_period_exactly_k_answered_is_shown()
    {
        var k = new KAnonymity(5);
        var period = Answered(5, roster: 10);

        Assert.Equal(Figure.Shown(5), k.Respondents(period));
        Assert.Equal(Figure.Shown(50), k.ResponseRate(period));
        Assert.Equal(Figure.Shown(75), k.Score(period, SampleHistory.Bank.Anchor));
    }

    [Fact]
    public void With_setup_k_2_two_answers_are_still_suppressed()
    {
        Assert.Equal(Figure.Suppressed, new KAnonymity(2).Score(Answered(2), SampleHistory.Bank.Anchor));
    }

    [Fact]
    public void A_question_that_fewer_than_k_gave_a_score_is_suppressed_though_the_period_is_shown()
    {
        var k = new KAnonymity(5);
        var period = Answered(7, declinedAnchor: 3);

        Assert.Equal(Figure.Shown(7), k.Respondents(period));
        Assert.Equal(Figure.Suppressed, k.Score(period, SampleHistory.Bank.Anchor));
        Assert.True(k.Score(period, SampleHistory.Bank.Get("workload-1")).IsShown);
    }

    [Fact]
    public void A_question_not_asked_or_a_week_without_a_pulse_is_not_measured_rather_than_suppressed()
    {
        var k = new KAnonymity(5);

        Assert.Equal(Figure.NotMeasured, k.Score(Answered(6), SampleHistory.Bank.Get("support-1")));
        Assert.Equal(Figure.NotMeasured, k.Score(null, SampleHistory.Bank.Anchor));
    }

    [Fact]
    public void The_response_rate_is_capped_at_100_and_not_measured_without_a_roster()
    {
        var k = new KAnonymity(5);

        Assert.Equal(Figure.Shown(100), k.ResponseRate(Answered(6, roster: 5)));
        Assert.Equal(Figure.NotMeasured, k.ResponseRate(Answered(6, roster: 0)));
    }

    [Fact]
    public void A_mean_takes_only_shown_figures_and_is_suppressed_when_nothing_but_suppressed_is_left()
    {
        Assert.Equal(Figure.Shown(60), KAnonymity.Mean([Figure.Shown(50), Figure.Suppressed, Figure.Shown(70), Figure.NotMeasured]));
        Assert.Equal(Figure.Suppressed, KAnonymity.Mean([Figure.Suppressed, Figure.NotMeasured]));
        Assert.Equal(Figure.NotMeasured, KAnonymity.Mean([Figure.NotMeasured]));
    }
}
