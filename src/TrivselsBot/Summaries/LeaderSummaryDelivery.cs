using TrivselsBot.BotConnector;
using TrivselsBot.CheckIns;
using TrivselsBot.CheckIns.Delivery;
using TrivselsBot.CheckIns.Questions;
using TrivselsBot.Localization;
using TrivselsBot.Setup;

namespace TrivselsBot.Summaries;

/// <summary>
/// When a week has closed, each leader on the roster gets the summary 1:1 — once per team and week (a
/// <see cref="LeaderSummaryMarks"/> row says it went out), recorded like a pulse card.
/// </summary>
public sealed class LeaderSummaryDelivery(
    AggregateStore aggregates, QuestionBank bank, PulseDelivery delivery, SummaryAudit audit, Groups.GroupSummaries groups, LeaderSummaryMarks marks,
    TimeProvider time)
{
    public async Task SendAsync(TeamSetup setup, PulsePeriod closedWeek, IReadOnlyList<TeamsChannelAccount> roster, CancellationToken ct)
    {
        if (!setup.SendSummaryToLeaders) return;
        var leaders = roster
            .Where(m => setup.IsLeader(m.AadObjectId))
            .Select(m => new TeamMember(m.Id!, m.AadObjectId!, m.Name ?? ""))
            .ToList();
        if (leaders.Count == 0 || await marks.IsSentAsync(setup.Team, closedWeek, ct)) return;

        var now = time.GetUtcNow();
        var (from, to) = LeaderSummary.PeriodsToRead(now);
        var summary = LeaderSummary.Build(bank, await aggregates.GetRangeAsync(setup.Team, from, to, ct), setup.MinimumGroupSize, now);
        var card = SummaryCard.Build(setup.Language, summary, setup.Name.Length > 0 ? setup.Name : SummaryCommandTexts.For(setup.Language).YourTeam, setup.Team.ConversationId);
        var groupsCard = await groups.CardAsync(setup, summary.LastPeriod, setup.Language, ct);
        var report = await delivery.DeliverAsync(setup.Team, closedWeek, DeliveryKind.LeaderSummary, setup.ServiceUrl, new ChannelAccount { Id = setup.BotId },
            leaders, _ =>
            {
                var activity = Activity.CreateMessage();
                activity.Locale = setup.Language == Language.English ? "en-US" : "da-DK";
                activity.Attachments = groupsCard is null
                    ? [Attachment.AdaptiveCard(card.ToJson())]
                    : [Attachment.AdaptiveCard(card.ToJson()), Attachment.AdaptiveCard(groupsCard.ToJson())];
                return activity;
            }, ct);
        await marks.MarkSentAsync(setup.Team, closedWeek, ct);
        if (report.Sent > 0) await audit.RecordAsync(setup.Team.TenantId, "TrivselsBot", AuditWhat.SummarySentAfterClose, setup.Team.ConversationId, AuditOutcome.SentToLeaders(report.Sent), new AuditNames(null, setup.Name), ct);
    }
}
