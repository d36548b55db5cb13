using System.Text.Json;
using TrivselsBot.BotConnector;
using TrivselsBot.Cards;
using TrivselsBot.Chat;
using TrivselsBot.Summaries;

namespace TrivselsBot.Trio;

/// <summary>
/// "Del med medarbejdere": posts the meeting's plain summary to the team's own conversation, once per meeting (a claim
/// taken before posting, given back if the post fails so it can be tried again). Shared, already shared or failed: each
/// is audited with the member's and the team's names.
/// </summary>
public sealed class ShareMinutesAction(TrioAccess access, TrioMinutesService minutes, TrioStore store, ConnectorClient connector, TimeProvider time,
    SummaryAudit audit, ILogger<ShareMinutesAction> log) : ICardAction
{
    public string Name => TrioCardData.ShareMinutes;

    public async Task HandleAsync(Turn turn, JsonElement value, CancellationToken ct)
    {
        if (await access.ForCardAsync(turn, value, ct) is not { } scope) return;
        var t = TrioTexts.For(scope.Team.Language);
        if (!CardInput.Date(CardInput.Text(value, "meeting"), out var meeting))
        {
            await turn.ReplyAsync(t.UnknownCard, ct);
            return;
        }
        var content = await minutes.OfAsync(scope, meeting, ct);
        if (content.IsEmpty)
        {
            await turn.ReplyAsync(t.NothingToShare, ct);
            return;
        }
        var step = "shared-" + TrioCardData.Meeting(meeting);
        if (!await store.TryClaimAsync(scope.Trio.Team, step, time.GetUtcNow(), ct))
        {
            await AuditAsync(scope, AuditOutcome.AlreadyShared, ct);
            await turn.ReplyAsync(t.AlreadyShared, ct);
            return;
        }
        // Logged before posting, the outcome set after: minutes that went out are in the log whatever fails next. Without
        // the log entry nothing is posted, and the claim is given back so the member can try again.
        string row;
        try
        {
            row = await AuditAsync(scope, AuditOutcome.Requested, ct);
        }
        catch
        {
            await store.ReleaseClaimAsync(scope.Trio.Team, step, CancellationToken.None);
            throw;
        }
        var message = Activity.CreateMessage(TrioMinutesCard.StaffMessage(scope.Team.Language, content));
        message.TextFormat = "markdown";
        var sent = await connector.SendToConversationAsync(scope.Team.ServiceUrl, scope.Team.Team.ConversationId, message, ct);
        if (!sent.Succeeded)
        {
            log.LogWarning("Sharing TRIO minutes with the team failed: {Status}", sent.StatusCode);
            await store.ReleaseClaimAsync(scope.Trio.Team, step, CancellationToken.None);
            await audit.SetOutcomeAsync(scope.Trio.Team.TenantId, row, AuditOutcome.ShareFailed(sent.StatusCode));
            await turn.ReplyAsync(t.ShareFailed, ct);
            return;
        }
        await audit.SetOutcomeAsync(scope.Trio.Team.TenantId, row, AuditOutcome.Shared);
        await turn.ReplyAsync(t.Shared, ct);
    }

    private Task<string> AuditAsync(TrioScope scope, AuditOutcome outcome, CancellationToken ct) =>
        audit.RecordAsync(scope.Trio.Team.TenantId, scope.Member.AadObjectId, AuditWhat.TrioMinutesShared, scope.Trio.Team.ConversationId, outcome,
            new AuditNames(scope.Member.Name, scope.Team.Name), ct);
}
