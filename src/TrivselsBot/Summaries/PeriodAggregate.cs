using TrivselsBot.CheckIns;

namespace TrivselsBot.Summaries;

/// <summary>
/// A team's period reduced to counts: how many answered, how many were on the roster when the pulse went out, and an
/// aggregate for each question that was asked. Built again from all the stored answers every time, never added to.
/// </summary>
public sealed record PeriodAggregate(PulsePeriod Period, int Respondents, int RosterSize, IReadOnlyList<QuestionAggregate> Questions)
{
    /// <summary>
    /// The team's k when the period closed, stored with it: a leader who lowers k later must not see this period under
    /// the lower k (<see cref="KAnonymity.KFor"/>). Rows written before k was stored read as the floor, so the team's
    /// current k applies to them.
    /// </summary>
    public int MinimumGroupSizeAtClose { get; init; } = KAnonymity.Floor;

    /// <param name="storedScores">Every stored answer of the period: question id → score 1..5, or null for "vil ikke svare".</param>
    public static PeriodAggregate From(PulsePeriod period, IReadOnlyList<IReadOnlyDictionary<string, int?>> storedScores, int rosterSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rosterSize);
        var questions = storedScores
            .SelectMany(answer => answer.Keys)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Select(id => QuestionAggregate.From(id, storedScores.Where(a => a.ContainsKey(id)).Select(a => a[id])))
            .ToList();
        return new PeriodAggregate(period, storedScores.Count, rosterSize, questions);
    }

    /// <summary>The question's aggregate, or null when it was not asked this period.</summary>
    public QuestionAggregate? Question(string questionId) => Questions.FirstOrDefault(q => q.QuestionId == questionId);
}
