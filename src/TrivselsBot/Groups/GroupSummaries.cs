using TrivselsBot.Cards;
using TrivselsBot.CheckIns;
using TrivselsBot.CheckIns.Questions;
using TrivselsBot.Localization;
using TrivselsBot.Setup;
using TrivselsBot.Summaries;

namespace TrivselsBot.Groups;

/// <summary>The groups part of a leader summary: one closed week, every group through <see cref="GroupSuppression"/>.</summary>
public sealed class GroupSummaries(AggregateStore aggregates, GroupAggregateStore groups, QuestionBank bank)
{
    /// <returns>The card, or null when the team had no groups that week.</returns>
    public async Task<AdaptiveCard?> CardAsync(TeamSetup setup, PulsePeriod week, Language language, CancellationToken ct)
    {
        var groupWeek = await groups.GetAsync(setup.Team, week, ct);
        if (groupWeek is null) return null;
        var team = await aggregates.GetRangeAsync(setup.Team, week, week, ct) is [var only] ? only : null;
        var figures = GroupSuppression.Apply(team, groupWeek, bank.Anchor, setup.MinimumGroupSize);
        return figures.Count == 0 ? null : GroupsCard.Summary(language, week, figures);
    }
}
