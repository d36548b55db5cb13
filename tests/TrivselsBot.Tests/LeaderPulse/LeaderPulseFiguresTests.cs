using TrivselsBot.Summaries;
using static TrivselsBot.Tests.LeaderPulse.LeaderPulseSamples;
using static TrivselsBot.Tests.Summaries.SampleHistory;

namespace TrivselsBot.Tests.LeaderPulse;

/// <summary>The leader group's week in the organisation overview: all of it, or nothing when fewer than k leaders answered.</summary>
public sealed class LeaderPulseFiguresTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    public void Fewer_than_k_leaders_show_no_count_and_no_score_whatever_they_answered(int score)
    {
        var figures = Figures(Week(LastWeek, leaders: 4, score), k: 5);

        Assert.Equal(Figure.Suppressed, figures.Respondents);
        Assert.All(figures.Scores, s => Assert.Equal(Figure.Suppressed, s.Score));
    }

    [Fact]
    public void Exactly_k_leaders_are_shown_with_cross_pressure_turned_so_that_higher_is_better()
    {
        var figures = Figures(Week(LastWeek, leaders: 5, score: 5), k: 5);

        Assert.Equal(Figure.Shown(5), figures.Respondents);
        Assert.Equal(Figure.Shown(0), figures.Scores.Single(s => s.Question.Id == "leader-cross-pressure").Score);
        Assert.Equal(Figure.Shown(100), figures.Scores.Single(s => s.Question.Id == "leader-recovery").Score);
    }

    [Fact]
    public void A_week_closed_under_a_higher_k_stays_hidden_when_k_is_lowered()
    {
        var figures = Figures(Week(LastWeek, leaders: 4, score: 5) with { MinimumGroupSizeAtClose = 5 }, k: 4);

        Assert.Equal((Figure.Suppressed, 5), (figures.Respondents, figures.MinimumGroupSize));
    }

    [Fact]
    public void No_leader_pulse_is_not_measured()
    {
        var figures = Figures(null);

        Assert.Equal(Figure.NotMeasured, figures.Respondents);
        Assert.All(figures.Scores, s => Assert.Equal(Figure.NotMeasured, s.Score));
    }
}
