using TrivselsBot.CheckIns;
using TrivselsBot.LeaderPulse;
using TrivselsBot.Summaries;
using static TrivselsBot.Tests.Summaries.SampleHistory;

namespace TrivselsBot.Tests.LeaderPulse;

/// <summary>The shipped leader questions and weeks of leader answers made from them.</summary>
internal static class LeaderPulseSamples
{
    public static LeaderQuestions Shipped { get; } = LeaderQuestions.Load(Path.Combine(AppContext.BaseDirectory, "LeaderPulse", "leader-questions.json"));

    /// <summary>A closed week of the leader group: <paramref name="leaders"/> answered every question with <paramref name="score"/>.</summary>
    public static PeriodAggregate Week(PulsePeriod week, int leaders, int? score) =>
        PeriodAggregate.From(week, [.. Enumerable.Range(0, leaders).Select(_ => (IReadOnlyDictionary<string, int?>)Shipped.All.ToDictionary(q => q.Id, _ => score))], leaders + 2);

    public static LeaderPulseFigures Figures(PeriodAggregate? week, int k = 5) => LeaderPulseFigures.Build(Shipped, week, LastWeek, k);
}
