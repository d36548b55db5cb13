using TrivselsBot.CheckIns;
using TrivselsBot.CheckIns.Questions;
using TrivselsBot.Summaries;

namespace TrivselsBot.Tests.Summaries;

public sealed class PeriodAggregateTests
{
    private static readonly PulsePeriod Week = new(2026, 48);

    [Fact]
    public void A_question_is_reduced_to_count_sum_sum_of_squares_distribution_and_declined()
    {
        var aggregate = QuestionAggregate.From("anchor", [5, 3, null, 3]);

        Assert.Equal(("anchor", 3, 11, 43, 1), (aggregate.QuestionId, aggregate.Count, aggregate.Sum, aggregate.SumOfSquares, aggregate.Declined));
        Assert.Equal([0, 0, 2, 0, 1], aggregate.Distribution);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void A_score_outside_the_five_point_scale_is_refused(int score)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => QuestionAggregate.From("anchor", [3, score]));
    }

    [Fact]
    public void Everyone_who_answered_counts_as_a_respondent_even_when_they_declined_every_question()
    {
        IReadOnlyDictionary<string, int?> declinedAll = new Dictionary<string, int?> { ["anchor"] = null, ["workload-1"] = null };
        IReadOnlyDictionary<string, int?> answered = new Dictionary<string, int?> { ["anchor"] = 4, ["workload-1"] = 2 };

        var period = PeriodAggregate.From(Week, [declinedAll, answered], rosterSize: 9);

        Assert.Equal((2, 9), (period.Respondents, period.RosterSize));
        Assert.Equal((1, 1), (period.Question("anchor")!.Count, period.Question("anchor")!.Declined));
    }

    [Fact]
    public void Only_the_questions_that_were_asked_get_an_aggregate()
    {
        IReadOnlyDictionary<string, int?> answer = new Dictionary<string, int?> { ["anchor"] = 4, ["support-1"] = 5 };

        var period = PeriodAggregate.From(Week, [answer, answer, answer], rosterSize: 3);

        Assert.Equal(["anchor", "support-1"], period.Questions.Select(q => q.QuestionId));
        Assert.Null(period.Question("workload-1"));
    }

    [Theory]
    [InlineData(1, ScoreDirection.HigherIsBetter, 0)]
    [InlineData(3, ScoreDirection.HigherIsBetter, 50)]
    [InlineData(5, ScoreDirection.HigherIsBetter, 100)]
    [InlineData(4, ScoreDirection.HigherIsBetter, 75)]
    [InlineData(4, ScoreDirection.HigherIsWorse, 25)]
    [InlineData(1, ScoreDirection.HigherIsWorse, 100)]
    public void Points_put_the_mean_on_0_to_100_where_higher_is_always_better(int everyoneAnswered, ScoreDirection direction, double points)
    {
        var aggregate = QuestionAggregate.From("q", Enumerable.Repeat((int?)everyoneAnswered, 4));

        Assert.Equal(points, aggregate.Points(direction));
    }
}
