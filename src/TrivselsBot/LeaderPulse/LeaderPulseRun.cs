using Microsoft.Extensions.Options;
using TrivselsBot.BotConnector;
using TrivselsBot.CheckIns;
using TrivselsBot.CheckIns.Delivery;
using TrivselsBot.Localization;
using TrivselsBot.Privacy;
using TrivselsBot.Setup;
using TrivselsBot.Summaries;

namespace TrivselsBot.LeaderPulse;

/// <summary>
/// The leaders' own pulse rides on each team's weekly run: the team's leaders on its roster get the leader card 1:1,
/// recorded under the tenant's <see cref="LeaderGroup"/>, so a leader of several teams gets it once a week. The first
/// run of a week also closes the group's week before (answers sealed, moved, aggregated once). As for a team, the week
/// is held to the largest k any of its cards went out under and the k at close, whichever is larger, so lowering k
/// between sending and closing shows nothing under the smaller k.
/// </summary>
public sealed class LeaderPulseRun(
    LeaderQuestions questions,
    PulseDelivery delivery,
    PulseRuns runs,
    AnswerStore answers,
    AggregateStore aggregates,
    PulseTicketSigner signer,
    MemberPseudonym pseudonyms,
    IOptions<PrivacyOptions> privacy)
{
    private int MinimumGroupSize => privacy.Value.MinimumGroupSize;

    public async Task SendAsync(TeamSetup setup, PulsePeriod period, IReadOnlyList<TeamsChannelAccount> roster, CancellationToken ct)
    {
        var group = LeaderGroup.Of(setup.Team.TenantId);
        await CloseAsync(group, period.Previous, ct);
        var leaders = roster
            .Where(m => setup.IsLeader(m.AadObjectId))
            .Select(m => new TeamMember(m.Id!, m.AadObjectId!, m.Name ?? ""))
            .ToList();
        if (leaders.Count == 0) return;
        var ids = questions.All.Select(q => q.Id).ToList();
        var k = await runs.RecordSentUnderAsync(group, period, ids, MinimumGroupSize, ct);
        await delivery.DeliverAsync(group, period, DeliveryKind.LeaderPulse, setup.ServiceUrl, new ChannelAccount { Id = setup.BotId }, leaders, member =>
        {
            var ticket = signer.Sign(new PulseTicket(group.Key, period, ids, pseudonyms.For(member.AadObjectId)));
            var activity = Activity.CreateMessage();
            activity.Locale = setup.Language == Language.English ? "en-US" : "da-DK";
            activity.Attachments = [Attachment.AdaptiveCard(LeaderPulseCard.Build(setup.Language, questions, ticket, period, k).ToJson())];
            return activity;
        }, ct);
    }

    /// <summary>Once per week and group: every later run finds the aggregate written and stops there.</summary>
    private async Task CloseAsync(TeamRef group, PulsePeriod week, CancellationToken ct)
    {
        if ((await aggregates.GetRangeAsync(group, week, week, ct)).Count > 0) return;
        var sentTo = await delivery.SentToAsync(group, week, DeliveryKind.LeaderPulse, ct);
        if (sentTo.Count == 0) return;
        var k = Math.Max((await runs.GetAsync(group, week, ct))?.MinimumGroupSize ?? 0, MinimumGroupSize);
        await answers.SealWeekAsync(group, week, ct);
        await answers.FlushAsync(group, week, k, periodClosed: true, ct);
        await aggregates.RecomputeAsync(group, week, await answers.StoredScoresAsync(group, week, ct), sentTo.Count, k, ct);
    }
}
