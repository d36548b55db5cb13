using System.Text.Json;
using TrivselsBot.Chat;
using TrivselsBot.Setup;

namespace TrivselsBot.Summaries;

/// <summary>
/// "Vis resumé" on the team choice card. The chosen team comes from the card, so it is not trusted: the team is looked up
/// in the person's own tenant and their right to see it checked again; anything else gets a polite no, audited.
/// </summary>
public sealed class SummaryTeamAction(TeamSetupStore setups, SummaryViewers viewers, TeamSummaryReply reply, SummaryAudit audit) : ICardAction
{
    public string Name => SummaryTeamChoiceCard.Action;

    public async Task HandleAsync(Turn turn, JsonElement value, CancellationToken ct)
    {
        var t = SummaryCommandTexts.For(turn.Language);
        var activity = turn.Activity;
        var tenant = activity.Conversation?.TenantId ?? activity.ChannelData?.Tenant?.Id;
        var who = activity.From?.AadObjectId;
        var personal = activity.Conversation?.ConversationType is null or "personal";
        var team = value.TryGetProperty(SummaryTeamChoiceCard.TeamInput, out var chosen) && chosen.ValueKind == JsonValueKind.String ? chosen.GetString() : null;
        if (tenant is null || who is null)
        {
            await turn.ReplyAsync(t.NotThatTeam, ct);
            return;
        }
        var setup = personal && TeamRef.IsPlausibleConversationId(team) ? await setups.GetAsync(new TeamRef(tenant, team!), ct) : null;
        if (setup is null || !await viewers.MaySeeAsync(setup, who, ct))
        {
            await audit.RecordAsync(tenant, who, AuditWhat.Summary, TeamRef.ForAudit(team), AuditOutcome.RefusedNotAViewer, new AuditNames(activity.From?.Name, setup?.Name), ct);
            await turn.ReplyAsync(t.NotThatTeam, ct);
            return;
        }
        await reply.SendAsync(turn, setup, who, ct);
    }
}
