using TrivselsBot.CheckIns;
using TrivselsBot.CheckIns.Questions;
using TrivselsBot.Summaries;

namespace TrivselsBot.LeaderPulse;

/// <summary>The leader group's last closed week, every figure under the group's k: fewer leaders than k show nothing.</summary>
public sealed record LeaderPulseFigures(PulsePeriod Week, int MinimumGroupSize, Figure Respondents, IReadOnlyList<LeaderScore> Scores)
{
    public static LeaderPulseFigures Build(LeaderQuestions questions, PeriodAggregate? week, PulsePeriod period, int minimumGroupSize)
    {
        var k = new KAnonymity(minimumGroupSize);
        return new LeaderPulseFigures(
            period,
            week is null ? k.K : k.KFor(week),
            k.Respondents(week),
            [.. questions.All.Select(q => new LeaderScore(q, k.Score(week, q).Rounded()))]);
    }
}

public sealed record LeaderScore(Question Question, Figure Score);
