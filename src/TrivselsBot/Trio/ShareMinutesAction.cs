using System.Text.Json;
using TrivselsBot.BotConnector;
using TrivselsBot.Cards;
using TrivselsBot.Chat;

namespace TrivselsBot.Trio;

/// <summary>
/// "Del med medarbejdere": posts the meeting's plain summary to the team's own conversation, once per meeting (a claim
/// taken before posting, given back if the post fails so it can be tried again).
/// </summary>
public sealed class ShareMinutesAction(TrioAccess access, TrioMinutesService minutes, TrioStore store, ConnectorClient connector, TimeProvider time,
    ILogger<ShareMinutesAction> log) : ICardAction
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
            await turn.ReplyAsync(t.AlreadyShared, ct);
            return;
        }
        var message = Activity.CreateMessage(TrioMinutesCard.StaffMessage(scope.Team.Language, content));
        message.TextFormat = "markdown";
        var sent = await connector.SendToConversationAsync(scope.Team.ServiceUrl, scope.Team.Team.ConversationId, message, ct);
        if (!sent.Succeeded)
        {
            log.LogWarning("Sharing TRIO minutes with the team failed: {Status}", sent.StatusCode);
            await store.ReleaseClaimAsync(scope.Trio.Team, step, CancellationToken.None);
            await turn.ReplyAsync(t.ShareFailed, ct);
            return;
        }
        await turn.ReplyAsync(t.Shared, ct);
    }
}
