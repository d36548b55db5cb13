using TrivselsBot.CheckIns.Questions;
using TrivselsBot.Summaries;

namespace TrivselsBot.Trio;

/// <summary>
/// Everything the TRIO's agenda for one meeting holds, assembled from the pulse (through the leader summary's k rules),
/// the TRIO's own items and the årshjul. Built afresh each time it is shown.
/// </summary>
public sealed record TrioAgenda(
    DateOnly Meeting,
    LeaderSummary Pulse,
    IReadOnlyList<TrioSignal> Signals,
    IReadOnlyList<TrioItem> OpenActions,
    IReadOnlyList<TrioItem> Points,
    IReadOnlyList<AnnualDue> AnnualCycle)
{
    /// <summary>The question bank theme whose questions are the violence, threats and tone signals.</summary>
    public const string SignalTheme = "violence-and-tone";

    public static TrioAgenda Build(
        DateOnly meeting, DateOnly today, QuestionBank bank, IReadOnlyList<PeriodAggregate> aggregates, int minimumGroupSize, DateTimeOffset now,
        IReadOnlyList<TrioItem> items, AnnualCycle cycle, IReadOnlyDictionary<string, DateOnly> lastDone)
    {
        var pulse = LeaderSummary.Build(bank, aggregates, minimumGroupSize, now);
        return new TrioAgenda(
            meeting,
            pulse,
            SignalsOf(bank, aggregates, pulse, minimumGroupSize),
            [.. items.Where(i => i.Kind == TrioItemKind.Action && i.IsOpen)
                .OrderBy(i => i.IsOverdue(today) ? 0 : 1).ThenBy(i => i.Due).ThenBy(i => i.CreatedAt)],
            [.. items.Where(i => i.Kind == TrioItemKind.Point && i.IsOpen).OrderBy(i => i.CreatedAt)],
            cycle.DueSoon(today, lastDone));
    }

    /// <summary>
    /// Each question of the violence and tone theme over the same four weeks as the summary's themes: the mean of the
    /// periods shown under k, so these figures say nothing the summary's rules would not.
    /// </summary>
    private static List<TrioSignal> SignalsOf(QuestionBank bank, IReadOnlyList<PeriodAggregate> aggregates, LeaderSummary pulse, int minimumGroupSize)
    {
        if (bank.Themes.All(t => t.Id != SignalTheme)) return [];
        var k = new KAnonymity(minimumGroupSize);
        var round = Enumerable.Range(0, LeaderSummary.RoundLength)
            .Select(back => Enumerable.Range(0, back).Aggregate(pulse.LastPeriod, (p, _) => p.Previous))
            .Select(period => aggregates.FirstOrDefault(a => a.Period == period))
            .ToList();
        return [.. bank.InTheme(SignalTheme).Select(q => new TrioSignal(q, KAnonymity.Mean(round.Select(p => k.Score(p, q))).Rounded()))];
    }
}

/// <summary>One violence, threats or tone question and its score (0-100, higher is better) over the last four weeks.</summary>
public sealed record TrioSignal(Question Question, Figure Score);
