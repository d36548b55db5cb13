using TrivselsBot.BotConnector;

namespace TrivselsBot.Hosting;

/// <summary>The fields an activity must carry before any handler may rely on them.</summary>
public static class InboundActivityRules
{
    private static readonly HashSet<string> Handled =
        [ActivityTypes.Message, ActivityTypes.Invoke, ActivityTypes.ConversationUpdate, ActivityTypes.InstallationUpdate];

    /// <summary>The name of the first missing field, or null when the activity can be handled (or is a type the bot ignores).</summary>
    public static string? MissingFieldFor(Activity activity)
    {
        if (!Handled.Contains(activity.Type ?? "")) return null;
        if (!Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl) ||
            (serviceUrl.Scheme != Uri.UriSchemeHttps && serviceUrl.Scheme != Uri.UriSchemeHttp))
        {
            return "valid serviceUrl";
        }
        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id)) return "conversation.id";
        if (string.IsNullOrWhiteSpace(activity.Recipient?.Id)) return "recipient.id";
        if (activity.Type is ActivityTypes.Message or ActivityTypes.Invoke && string.IsNullOrWhiteSpace(activity.From?.Id)) return "from.id";
        return null;
    }
}
