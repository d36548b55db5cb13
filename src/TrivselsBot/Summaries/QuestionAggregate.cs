using TrivselsBot.CheckIns.Questions;

namespace TrivselsBot.Summaries;

/// <summary>
/// One question's answers in one period, reduced to counts: nothing here can be traced to an answer's row.
/// <see cref="Count"/> is the answers with a score; those who chose "vil ikke svare" are only counted in <see cref="Declined"/>.
/// </summary>
public sealed record QuestionAggregate(
    string QuestionId, int Count, int Sum, int SumOfSquares, IReadOnlyList<int> Distribution, int Declined)
{
    /// <summary>The answers' scores 1..5, or null for "vil ikke svare".</summary>
    public static QuestionAggregate From(string questionId, IEnumerable<int?> answers)
    {
        var distribution = new int[PulseScale.Highest];
        var declined = 0;
        foreach (var answer in answers)
        {
            if (answer is not { } score)
            {
                declined++;
                continue;
            }
            ArgumentOutOfRangeException.ThrowIfLessThan(score, PulseScale.Lowest, nameof(answers));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(score, PulseScale.Highest, nameof(answers));
            distribution[score - PulseScale.Lowest]++;
        }
        var scores = Enumerable.Range(PulseScale.Lowest, PulseScale.Highest).ToList();
        return new QuestionAggregate(
            questionId,
            distribution.Sum(),
            scores.Sum(s => s * distribution[s - PulseScale.Lowest]),
            scores.Sum(s => s * s * distribution[s - PulseScale.Lowest]),
            distribution,
            declined);
    }

    /// <summary>Several groups' answers to one question counted as one group: every count added up.</summary>
    public static QuestionAggregate Pooled(string questionId, IReadOnlyList<QuestionAggregate> groups) => new(
        questionId,
        groups.Sum(g => g.Count),
        groups.Sum(g => g.Sum),
        groups.Sum(g => g.SumOfSquares),
        [.. Enumerable.Range(0, PulseScale.Highest).Select(i => groups.Sum(g => g.Distribution[i]))],
        groups.Sum(g => g.Declined));

    /// <summary>
    /// The mean on a 0-100 scale where higher is always better: (mean − 1) / 4 · 100, turned round for a question where a
    /// high answer is bad ("how burdensome …"), so that 100 is the best answer whichever way a question is asked.
    /// </summary>
    public double Points(ScoreDirection direction)
    {
        if (Count == 0) throw new InvalidOperationException($"\"{QuestionId}\" has no scored answers to average.");
        var points = ((double)Sum / Count - PulseScale.Lowest) / (PulseScale.Highest - PulseScale.Lowest) * 100;
        return direction == ScoreDirection.HigherIsWorse ? 100 - points : points;
    }
}
