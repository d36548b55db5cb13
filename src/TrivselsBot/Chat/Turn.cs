using TrivselsBot.BotConnector;
using TrivselsBot.Cards;
using TrivselsBot.Localization;

namespace TrivselsBot.Chat;

/// <summary>One inbound activity and the means to answer it in the user's language.</summary>
public sealed class Turn(Activity activity, Language language, ConnectorClient connector)
{
    public Activity Activity { get; } = activity;
    public Language Language { get; } = language;
    public BotTexts Texts => Language.Texts();

    public Task<ConnectorResult<ResourceResponse>> ReplyAsync(string markdownText, CancellationToken ct) =>
        SendReplyAsync(Activity.CreateReply(markdownText), ct);

    public Task<ConnectorResult<ResourceResponse>> ReplyAsync(AdaptiveCard card, CancellationToken ct)
    {
        var reply = Activity.CreateReply();
        reply.Attachments = [Attachment.AdaptiveCard(card.ToJson())];
        return SendReplyAsync(reply, ct);
    }

    /// <summary>A reply carrying one attachment of any kind, e.g. a file consent or file info card.</summary>
    public Task<ConnectorResult<ResourceResponse>> ReplyAsync(Attachment attachment, CancellationToken ct)
    {
        var reply = Activity.CreateReply();
        reply.Attachments = [attachment];
        return SendReplyAsync(reply, ct);
    }

    /// <summary>Replaces the card the user acted on (Action.Submit sets replyToId to it); falls back to a reply.</summary>
    public Task<ConnectorResult<ResourceResponse>> ReplaceCardAsync(AdaptiveCard card, CancellationToken ct)
    {
        if (Activity.ReplyToId is not { Length: > 0 } cardActivityId) return ReplyAsync(card, ct);
        var update = Activity.CreateReply();
        update.Id = cardActivityId;
        update.ReplyToId = null;
        update.Attachments = [Attachment.AdaptiveCard(card.ToJson())];
        return connector.UpdateActivityAsync(Activity.ServiceUrl!, Activity.Conversation!.Id!, cardActivityId, update, ct);
    }

    private Task<ConnectorResult<ResourceResponse>> SendReplyAsync(Activity reply, CancellationToken ct)
    {
        reply.Locale = Language == Language.English ? "en-US" : "da-DK";
        return Activity.Id is { Length: > 0 } replyToId
            ? connector.ReplyToActivityAsync(Activity.ServiceUrl!, Activity.Conversation!.Id!, replyToId, reply, ct)
            : connector.SendToConversationAsync(Activity.ServiceUrl!, Activity.Conversation!.Id!, reply, ct);
    }
}
