using TrivselsBot.CheckIns;
using TrivselsBot.CheckIns.Questions;
using TrivselsBot.Groups;
using TrivselsBot.Summaries;
using TrivselsBot.Tests.CheckIns;

namespace TrivselsBot.Tests.Groups;

/// <summary>
/// The attacks on group figures, each written as the leader would try it: every group or remainder under k stays
/// "for få svar", also when it could be worked out by subtracting the shown groups from the team.
/// </summary>
public sealed class GroupSuppressionTests
{
    private static readonly PulsePeriod Week = new(2026, 48);
    private static readonly Question Anchor = TestBanks.Shipped.Anchor;

    [Fact]
    public void A_group_with_k_answers_is_shown_and_one_under_k_is_not()
    {
        var figures = Apply(team: Answers(11), k: 5, ("Hus A", Answers(6, score: 5)), ("Hus B", Answers(4)));

        Assert.Equal(6, figures["Hus A"].Respondents.Value);
        Assert.Equal(100, figures["Hus A"].Anchor.Value);
        Assert.Equal(FigureState.Suppressed, figures["Hus B"].Respondents.State);
        Assert.Equal(FigureState.Suppressed, figures["Hus B"].Anchor.State);
    }

    [Fact]
    public void A_small_group_cannot_be_worked_out_as_the_team_minus_the_only_other_group()
    {
        // Team 10 = A 6 + B 4. Showing A would give B = team − A.
        var figures = Apply(team: Answers(10), k: 5, ("Hus A", Answers(6)), ("Hus B", Answers(4)));

        Assert.All(figures.Values, f => Assert.Equal(FigureState.Suppressed, f.Respondents.State));
    }

    [Fact]
    public void The_few_members_outside_every_group_cannot_be_worked_out_from_the_team_minus_the_groups()
    {
        // Team 14 = A 6 + B 6 + 2 outside any group: showing both would give those 2 by subtraction; hiding A leaves 8.
        var figures = Apply(team: Answers(14), k: 5, ("Hus A", Answers(6)), ("Hus B", Answers(6)));

        Assert.Equal(1, figures.Values.Count(f => f.Respondents.IsShown));
        Assert.Equal(8, 14 - figures.Values.Where(f => f.Respondents.IsShown).Sum(f => f.Respondents.Value!.Value));
    }

    [Fact]
    public void The_smallest_shown_group_is_hidden_beside_a_small_one_and_the_rest_stay_shown()
    {
        // A 3 (under k) leaves a remainder of 3; hiding B (6, the smallest shown) makes it 9; C stays.
        var figures = Apply(team: Answers(16), k: 5, ("A", Answers(3)), ("B", Answers(6)), ("C", Answers(7)));

        Assert.False(figures["A"].Respondents.IsShown);
        Assert.False(figures["B"].Respondents.IsShown);
        Assert.Equal(7, figures["C"].Respondents.Value);
    }

    [Fact]
    public void Declining_the_anchor_counts_too_a_group_whose_anchor_scores_are_under_k_is_hidden_whole()
    {
        // B: 5 answered, but only 4 scored the anchor. And hiding B leaves A's remainder of anchor scores at 4 → A hidden too.
        var figures = Apply(team: Concat(Answers(6), Answers(4), Declined(1)), k: 5,
            ("A", Answers(6)), ("B", Concat(Answers(4), Declined(1))));

        Assert.All(figures.Values, f => Assert.Equal(FigureState.Suppressed, f.Anchor.State));
        Assert.All(figures.Values, f => Assert.Equal(FigureState.Suppressed, f.Respondents.State));
    }

    [Fact]
    public void Lowering_k_after_a_week_closed_does_not_show_that_week_under_the_new_k()
    {
        var team = PeriodAggregate.From(Week, Answers(10), rosterSize: 12);
        var week = new GroupWeek(Week, K: 5, [new GroupAggregate("A", PeriodAggregate.From(Week, Answers(4), 0)), new GroupAggregate("B", PeriodAggregate.From(Week, Answers(6), 0))]);

        var figures = GroupSuppression.Apply(team, week, Anchor, currentK: 3);

        Assert.All(figures, f => Assert.False(f.Respondents.IsShown));
    }

    [Fact]
    public void A_group_that_is_the_whole_team_may_be_shown_it_tells_nothing_new()
    {
        var figures = Apply(team: Answers(6), k: 5, ("Alle", Answers(6)));

        Assert.Equal(6, figures["Alle"].Respondents.Value);
    }

    private static Dictionary<string, GroupFigure> Apply(List<IReadOnlyDictionary<string, int?>> team, int k, params (string Name, List<IReadOnlyDictionary<string, int?>> Scores)[] groups)
    {
        var week = new GroupWeek(Week, k, [.. groups.Select(g => new GroupAggregate(g.Name, PeriodAggregate.From(Week, g.Scores, 0)))]);
        return GroupSuppression.Apply(PeriodAggregate.From(Week, team, rosterSize: team.Count + 2), week, Anchor, k).ToDictionary(f => f.Name);
    }

    private static List<IReadOnlyDictionary<string, int?>> Answers(int count, int score = 4) =>
        [.. Enumerable.Range(0, count).Select(_ => (IReadOnlyDictionary<string, int?>)new Dictionary<string, int?> { [Anchor.Id] = score })];

    private static List<IReadOnlyDictionary<string, int?>> Declined(int count) =>
        [.. Enumerable.Range(0, count).Select(_ => (IReadOnlyDictionary<string, int?>)new Dictionary<string, int?> { [Anchor.Id] = null })];

    private static List<IReadOnlyDictionary<string, int?>> Concat(params List<IReadOnlyDictionary<string, int?>>[] parts) => [.. parts.SelectMany(p => p)];
}
