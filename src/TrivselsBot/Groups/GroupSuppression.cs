using TrivselsBot.CheckIns.Questions;
using TrivselsBot.Summaries;

namespace TrivselsBot.Groups;

/// <summary>
/// What a leader may see of a team's groups in one closed week:
/// - nothing when the team's week itself is under k;
/// - a group is shown whole (respondents and anchor score) only when at least k answered in it and at least k scored
///   the anchor;
/// - complementary suppression: the team's counts minus those of the shown groups must be 0 or at least k, for
///   respondents and anchor scores alike; otherwise the smallest shown group is suppressed too, until they are. Else a
///   suppressed group, or the few members outside every group, could be worked out by subtracting the shown groups
///   from the team.
/// k is the larger of the team's k now and the k in force when the week closed, so lowering k reveals no old week.
/// Only single closed weeks are shown, so no difference between windows can isolate a suppressed group either.
/// </summary>
public static class GroupSuppression
{
    public static IReadOnlyList<GroupFigure> Apply(PeriodAggregate? team, GroupWeek? week, Question anchor, int currentK)
    {
        if (week is null || week.Groups.Count == 0) return [];
        var k = new KAnonymity(Math.Max(currentK, week.K));
        var teamAnchor = team?.Question(anchor.Id)?.Count ?? 0;
        var shown = team is null || team.Respondents < k.K
            ? []
            : week.Groups.Where(g => g.Aggregate.Respondents >= k.K && AnchorCount(g, anchor) >= k.K).ToList();

        while (shown.Count > 0 && (Unsafe(team!.Respondents - shown.Sum(g => g.Aggregate.Respondents), k.K) ||
                                   Unsafe(teamAnchor - shown.Sum(g => AnchorCount(g, anchor)), k.K)))
        {
            shown.Remove(shown.OrderBy(g => g.Aggregate.Respondents).ThenBy(g => g.Name, StringComparer.Ordinal).First());
        }

        return [.. week.Groups.Select(g => shown.Contains(g)
            ? new GroupFigure(g.Name, k.Respondents(g.Aggregate), k.Score(g.Aggregate, anchor))
            : new GroupFigure(g.Name, Figure.Suppressed, Figure.Suppressed))];
    }

    /// <summary>A remainder of 1 to k-1 answers would be a small group shown by subtraction.</summary>
    private static bool Unsafe(int remainder, int k) => remainder > 0 && remainder < k;

    private static int AnchorCount(GroupAggregate group, Question anchor) => group.Aggregate.Question(anchor.Id)?.Count ?? 0;
}

/// <summary>One group's figures for a leader: how many answered and the anchor item, each shown or "for få svar".</summary>
public sealed record GroupFigure(string Name, Figure Respondents, Figure Anchor);
