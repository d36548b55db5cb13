using Microsoft.Extensions.Options;
using TrivselsBot.BotConnector;
using TrivselsBot.CheckIns;
using TrivselsBot.CheckIns.Delivery;
using TrivselsBot.Localization;
using TrivselsBot.Privacy;
using TrivselsBot.Setup;

namespace TrivselsBot.LeaderPulse;

/// <summary>
/// The leaders' own pulse rides on each team's weekly run: the team's leaders on its roster get the leader card 1:1,
/// recorded under the tenant's <see cref="LeaderGroup"/>, so a leader of several teams gets it once a week. Its weeks
/// close beside the teams' weeks (<see cref="Closing.WeekClosing"/>), held to the largest k any of its cards went out
/// under and the k at close, whichever is larger, so lowering k between sending and closing shows nothing under the
/// smaller k.
/// </summary>
public sealed class LeaderPulseRun(
    LeaderQuestions questions,
    PulseDelivery delivery,
    PulseRuns runs,
    PulseTicketSigner signer,
    MemberPseudonym pseudonyms,
    IOptions<PrivacyOptions> privacy)
{
    private int MinimumGroupSize => privacy.Value.MinimumGroupSize;

    /// <param name="present">The team's roster less those who paused: a leader who paused gets no leader card either.</param>
    public async Task SendAsync(TeamSetup setup, PulsePeriod period, IReadOnlyList<TeamsChannelAccount> present, CancellationToken ct)
    {
        var group = LeaderGroup.Of(setup.Team.TenantId);
        var leaders = present
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
}
