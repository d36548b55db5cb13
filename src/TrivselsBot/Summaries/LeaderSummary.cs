using TrivselsBot.CheckIns;
using TrivselsBot.CheckIns.Questions;

namespace TrivselsBot.Summaries;

/// <summary>
/// What a leader sees of the team: the last closed week and the trend before it, every figure through
/// <see cref="KAnonymity"/>. All scores are 0-100 where higher is better (<see cref="QuestionAggregate.Points"/>), in
/// whole points; only Vægten's load reads the other way (higher is heavier).
/// - The anchor is asked every week: its score in the last week, compared with the mean of the four weeks before.
/// - A theme is asked only every second to fourth week (the rotation meets every theme in any four weeks), so a theme's
///   score is the mean of the last four weeks (a "round"), compared with the round before. The same round gives Vægten.
/// </summary>
public sealed record LeaderSummary(
    PulsePeriod LastPeriod,
    int MinimumGroupSize,
    Question AnchorQuestion,
    ResponseRate ResponseRate,
    Comparison Anchor,
    IReadOnlyList<TrendPoint> AnchorTrend,
    IReadOnlyList<ThemeScore> Themes,
    VaegtenBalance Balance,
    IReadOnlyList<AttentionPoint> Attention)
{
    /// <summary>The weeks a summary reads: the last closed week and the twelve before it.</summary>
    public const int TrendLength = 13;

    /// <summary>Four weeks: the smallest window in which the rotation asks every theme.</summary>
    public const int RoundLength = 4;

    /// <summary>The periods to read for a summary made at <paramref name="now"/>: the last closed period and the twelve before it.</summary>
    public static (PulsePeriod From, PulsePeriod To) PeriodsToRead(DateTimeOffset now)
    {
        var periods = Weeks(now);
        return (periods[0], periods[^1]);
    }

    /// <param name="aggregates">The team's aggregates; any outside <see cref="PeriodsToRead"/> are left out.</param>
    /// <param name="minimumGroupSize">The team's k (<see cref="Setup.TeamSetup.MinimumGroupSize"/>); never taken as under 3.</param>
    /// <param name="now">Only periods closed at this instant are summarised.</param>
    public static LeaderSummary Build(QuestionBank bank, IReadOnlyList<PeriodAggregate> aggregates, int minimumGroupSize, DateTimeOffset now)
    {
        var k = new KAnonymity(minimumGroupSize);
        var weeks = Weeks(now);
        var byWeek = aggregates.Where(a => a.Period >= weeks[0] && a.Period <= weeks[^1]).ToDictionary(a => a.Period);
        var periods = weeks.Select(byWeek.GetValueOrDefault).ToList();
        var last = periods[^1];
        var round = periods[^RoundLength..];
        var roundBefore = periods[^(2 * RoundLength)..^RoundLength];

        Comparison Compare(Func<PeriodAggregate?, Figure> score, IReadOnlyList<PeriodAggregate?> latest, IReadOnlyList<PeriodAggregate?> before) =>
            new(KAnonymity.Mean(latest.Select(score)).Rounded(), KAnonymity.Mean(before.Select(score)).Rounded());

        var anchor = Compare(p => k.Score(p, bank.Anchor), [last], periods[^(RoundLength + 1)..^1]);
        var themes = bank.Themes
            .Select(t => new ThemeScore(t, Compare(p => k.Score(p, bank.InTheme(t.Id)), round, roundBefore)))
            .ToList();
        return new LeaderSummary(
            weeks[^1],
            k.K,
            bank.Anchor,
            Rate(k, last),
            anchor,
            [.. weeks.Zip(periods, (week, p) => new TrendPoint(week, k.Score(p, bank.Anchor).Rounded()))],
            themes,
            BalanceOf(bank, k, round),
            AttentionPoints(themes));
    }

    internal static ResponseRate Rate(KAnonymity k, PeriodAggregate? last)
    {
        var respondents = k.Respondents(last);
        // Someone may have left since the pulse went out: "7 of 6" would only confuse. Only a shown count may raise the roster.
        var roster = Math.Max(last?.RosterSize ?? 0, (int)(respondents.Value ?? 0));
        return new ResponseRate(respondents, k.ResponseRate(last).Rounded(), roster);
    }

    private static VaegtenBalance BalanceOf(QuestionBank bank, KAnonymity k, IReadOnlyList<PeriodAggregate?> round)
    {
        Figure Side(VaegtenWeight weight) =>
            KAnonymity.Mean(round.Select(p => k.Score(p, bank.Questions.Where(q => q.Weight == weight)))).Rounded();

        var loadAsGood = Side(VaegtenWeight.Belastning);
        var load = loadAsGood.IsShown ? Figure.Shown(100 - loadAsGood.Value!.Value) : loadAsGood;
        return new VaegtenBalance(load, Side(VaegtenWeight.Ressource));
    }

    /// <summary>The lowest theme now, and the theme that fell most (by at least the move threshold) when that is another.</summary>
    private static List<AttentionPoint> AttentionPoints(IReadOnlyList<ThemeScore> themes)
    {
        var points = new List<AttentionPoint>();
        var lowest = themes.Where(t => t.Score.Now.IsShown).MinBy(t => t.Score.Now.Value);
        if (lowest is not null) points.Add(Point(lowest, AttentionReason.Lowest));
        var fallingMost = themes.Where(t => t.Score.Movement == Movement.Down).MinBy(t => t.Score.Change.Value);
        if (fallingMost is not null && fallingMost != lowest) points.Add(Point(fallingMost, AttentionReason.FallingMost));
        return points;
    }

    private static AttentionPoint Point(ThemeScore theme, AttentionReason reason) =>
        new(theme.Theme, reason, DialogueQuestions.For(theme.Theme.Id));

    /// <summary>The last <see cref="TrendLength"/> closed weeks at <paramref name="now"/>, oldest first.</summary>
    internal static List<PulsePeriod> Weeks(DateTimeOffset now)
    {
        var weeks = new List<PulsePeriod> { PulsePeriod.Containing(now).Previous };
        while (weeks.Count < TrendLength) weeks.Insert(0, weeks[0].Previous);
        return weeks;
    }
}
