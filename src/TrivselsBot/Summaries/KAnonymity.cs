using TrivselsBot.CheckIns.Questions;

namespace TrivselsBot.Summaries;

/// <summary>
/// The k rules, applied on the server to every figure a leader can see, whatever a card or command asks for:
/// - k is the team's minimum group size, never under <see cref="Floor"/>; a period is judged by the larger of that and the
///   k in force when it closed (<see cref="KFor"/>), so lowering k never uncovers a period that was suppressed;
/// - a period fewer than k answered is suppressed whole: its response rate and every question in it;
/// - a question in a shown period is suppressed when fewer than k gave it a score (the rest chose "vil ikke svare");
/// - a figure over several periods or questions is the mean of the shown ones only (<see cref="Mean"/>), so no
///   difference between two windows, themes or summaries can reveal anything about a suppressed period.
/// Only closed periods are aggregated (<see cref="AggregateStore"/>), so every period here is whole.
/// </summary>
public sealed class KAnonymity(int minimumGroupSize)
{
    /// <summary>Below three, two people who know their own answers could work out the third's.</summary>
    public const int Floor = 3;

    public int K { get; } = Math.Max(Floor, minimumGroupSize);

    /// <summary>The k a period is judged by: today's k, or the k in force when it closed when that was larger.</summary>
    public int KFor(PeriodAggregate period) => Math.Max(K, period.MinimumGroupSizeAtClose);

    /// <summary>How many answered the period: suppressed under k.</summary>
    public Figure Respondents(PeriodAggregate? period) =>
        period is null ? Figure.NotMeasured
        : period.Respondents < KFor(period) ? Figure.Suppressed
        : Figure.Shown(period.Respondents);

    /// <summary>The share of the roster that answered, in percent (capped at 100 when people left the team): suppressed under k.</summary>
    public Figure ResponseRate(PeriodAggregate? period)
    {
        var respondents = Respondents(period);
        if (!respondents.IsShown) return respondents;
        return period!.RosterSize == 0
            ? Figure.NotMeasured
            : Figure.Shown(100.0 * period.Respondents / Math.Max(period.RosterSize, period.Respondents));
    }

    /// <summary>One question in one period on the 0-100 scale (<see cref="QuestionAggregate.Points"/>).</summary>
    public Figure Score(PeriodAggregate? period, Question question)
    {
        var respondents = Respondents(period);
        if (!respondents.IsShown) return respondents;
        var aggregate = period!.Question(question.Id);
        if (aggregate is null) return Figure.NotMeasured;
        return aggregate.Count < KFor(period) ? Figure.Suppressed : Figure.Shown(aggregate.Points(question.Direction));
    }

    /// <summary>Several questions in one period (a theme, one side of Vægten): the mean of those shown.</summary>
    public Figure Score(PeriodAggregate? period, IEnumerable<Question> questions) =>
        Mean(questions.Select(q => Score(period, q)));

    /// <summary>
    /// The plain mean of the shown figures; suppressed ones carry no number and cannot take part. Suppressed when there
    /// is nothing shown but something suppressed, not measured when there is nothing at all.
    /// </summary>
    public static Figure Mean(IEnumerable<Figure> figures)
    {
        var all = figures.ToList();
        var shown = all.Where(f => f.IsShown).Select(f => f.Value!.Value).ToList();
        if (shown.Count > 0) return Figure.Shown(shown.Average());
        return all.Any(f => f.State == FigureState.Suppressed) ? Figure.Suppressed : Figure.NotMeasured;
    }
}
