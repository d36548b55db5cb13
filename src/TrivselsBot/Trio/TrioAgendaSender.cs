using TrivselsBot.BotConnector;
using TrivselsBot.CheckIns;
using TrivselsBot.CheckIns.Delivery;
using TrivselsBot.Localization;
using TrivselsBot.Scheduling;
using TrivselsBot.Setup;
using TrivselsBot.Summaries;

namespace TrivselsBot.Trio;

/// <summary>
/// Brings the agenda of the TRIO's next meeting to its members only: to the TRIO chat once per meeting, when everyone
/// in that chat is still a TRIO member; otherwise 1:1 to each member still in the team, once per member and meeting (the
/// pulse's fan-out).
/// </summary>
public sealed class TrioAgendaSender(TrioStore store, TeamSetupStore teams, TrioAgendas agendas, TrioAccess access, PulseDelivery delivery,
    SummaryAudit audit, ConnectorClient connector, TimeProvider time, ILogger<TrioAgendaSender> log)
{
    private const string Sender = "TrivselsBot";

    public async Task SendAsync(TeamRef team, CancellationToken ct)
    {
        if (await store.GetSetupAsync(team, ct) is not { } trio || await teams.GetAsync(team, ct) is not { } setup)
        {
            log.LogWarning("A TRIO agenda fired for team {Team}, which has no TRIO or team setup.", team.Key);
            return;
        }
        if (trio.Destination == TrioDestination.GroupChat && trio.ChatConversationId is { } chat)
        {
            if (await access.ChatHoldsOnlyTrioAsync(trio, setup.ServiceUrl, chat, ct))
            {
                await SendToChatAsync(trio, setup, chat, ct);
                return;
            }
            log.LogWarning("The TRIO chat of team {Team} has members outside the TRIO; the agenda goes 1:1 instead.", team.Key);
        }
        var meeting = agendas.NextMeeting(trio);
        var members = (await access.MembersStillInTeamAsync(trio, setup, ct)).Select(m => new TeamMember(m.UserId, m.AadObjectId, m.Name)).ToList();
        var cards = new Dictionary<string, Activity>();
        foreach (var member in members) cards[member.AadObjectId] = Message(setup.Language, await agendas.CardAsync(trio, setup, setup.Language, ct));
        var report = await delivery.DeliverAsync(team, PulsePeriod.Containing(Copenhagen.Instant(meeting.ToDateTime(trio.MeetingTime))), DeliveryKind.TrioAgenda,
            setup.ServiceUrl, new ChannelAccount { Id = setup.BotId }, members, m => cards[m.AadObjectId], ct);
        if (report.Sent > 0)
        {
            await audit.RecordAsync(team.TenantId, Sender, AuditWhat.TrioAgendaSent, team.ConversationId, AuditOutcome.SentToTrioMembers(report.Sent), new(null, setup.Name), ct);
        }
    }

    private async Task SendToChatAsync(TrioSetup trio, TeamSetup setup, string chat, CancellationToken ct)
    {
        var step = "agenda-" + TrioCardData.Meeting(agendas.NextMeeting(trio));
        if (!await store.TryClaimAsync(trio.Team, step, time.GetUtcNow(), ct)) return;
        var sent = await connector.SendToConversationAsync(setup.ServiceUrl, chat, Message(setup.Language, await agendas.CardAsync(trio, setup, setup.Language, ct)), ct);
        if (sent.Succeeded)
        {
            await audit.RecordAsync(trio.Team.TenantId, Sender, AuditWhat.TrioAgendaSent, trio.Team.ConversationId, AuditOutcome.PostedToTrioChat, new(null, setup.Name), ct);
            return;
        }
        log.LogWarning("The TRIO agenda could not be posted to the TRIO chat: {Status}", sent.StatusCode);
        await store.ReleaseClaimAsync(trio.Team, step, CancellationToken.None);
    }

    private static Activity Message(Language language, Cards.AdaptiveCard card)
    {
        var activity = Activity.CreateMessage();
        activity.Locale = language == Language.English ? "en-US" : "da-DK";
        activity.Attachments = [Attachment.AdaptiveCard(card.ToJson())];
        return activity;
    }
}
