namespace TrivselsBot.Teams;

/// <summary>What the bot needs to write to a conversation later (proactively): one row per installed conversation.</summary>
public sealed record StoredConversation(
    string ConversationId,
    string ServiceUrl,
    string ChannelId,
    string? ConversationType,
    string? TenantId,
    string? TeamId,
    string? BotId,
    string? BotName,
    string? Locale);
