using TrivselsBot.CheckIns;
using TrivselsBot.CheckIns.Questions;
using TrivselsBot.Summaries;
using TrivselsBot.Tests.CheckIns;

namespace TrivselsBot.Tests.Summaries;

/// <summary>
/// A team's weeks of answers as the bot collects them: each week the rotation's questions of the shipped bank, and
/// every respondent's scores drawn from a fixed seed, so a test gets the same history on every run.
/// </summary>
internal static class SampleHistory
{
    public static QuestionBank Bank => TestBanks.Shipped;

    /// <summary>Wednesday of week 49, 2026: the last closed week is week 48.</summary>
    public static DateTimeOffset Now { get; } = new(2026, 12, 2, 10, 0, 0, TimeSpan.FromHours(1));

    public static PulsePeriod LastWeek { get; } = new(2026, 48);

    public const int Roster = 12;

    /// <summary>0 is the last closed week, 1 the week before, … 12 the oldest week of a summary.</summary>
    public static PulsePeriod WeeksBeforeLast(int weeks)
    {
        var period = LastWeek;
        for (var i = 0; i < weeks; i++) period = period.Previous;
        return period;
    }

    /// <summary>Every week of a summary (oldest first), <paramref name="respondents"/> answers each.</summary>
    public static List<PeriodAggregate> Weeks(int respondents = 6) =>
        [.. Enumerable.Range(0, LeaderSummary.TrendLength).Reverse().Select(w => Week(WeeksBeforeLast(w), respondents))];

    public static PeriodAggregate Week(PulsePeriod week, int respondents, int seed = 0) =>
        PeriodAggregate.From(week, Answers(week, respondents, seed), Roster);

    /// <summary>Everyone gives the same score to every question of the week's rotation.</summary>
    public static PeriodAggregate WeekAllAnswering(PulsePeriod week, int respondents, int? score) =>
        PeriodAggregate.From(week, [.. Enumerable.Range(0, respondents).Select(_ => Scores(week, _ => score))], Roster);

    public static IReadOnlyList<IReadOnlyDictionary<string, int?>> Answers(PulsePeriod week, int respondents, int seed = 0)
    {
        var random = new Random(week.Year * 100 + week.Week + 7919 * seed);
        // A dip every fourth week gives the trend something to show.
        var dip = week.Week % 4 == 0 ? 1 : 0;
        return [.. Enumerable.Range(0, respondents).Select(_ => Scores(week, _ => Math.Max(1, random.Next(2, 6) - dip)))];
    }

    public static IReadOnlyDictionary<string, int?> Scores(PulsePeriod week, Func<Question, int?> score) =>
        QuestionRotation.Choose(Bank, week, QuestionRotation.MinimumQuestionsPerPulse).ToDictionary(q => q.Id, score);

    /// <summary>The week's aggregates with one replaced (or added).</summary>
    public static List<PeriodAggregate> With(this IEnumerable<PeriodAggregate> weeks, PeriodAggregate replacement) =>
        [.. weeks.Where(w => w.Period != replacement.Period).Append(replacement).OrderBy(w => w.Period)];

    public static List<PeriodAggregate> Without(this IEnumerable<PeriodAggregate> weeks, PulsePeriod week) =>
        [.. weeks.Where(w => w.Period != week)];

    public static LeaderSummary Summarise(this IReadOnlyList<PeriodAggregate> weeks, int k = 5) =>
        LeaderSummary.Build(Bank, weeks, k, Now);
}
