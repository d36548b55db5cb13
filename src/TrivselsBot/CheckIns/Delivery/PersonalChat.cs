namespace TrivselsBot.CheckIns.Delivery;

/// <summary>The bot's 1:1 conversation with one person, and the service URL it was reached through.</summary>
public sealed record PersonalChat(string ConversationId, string ServiceUrl);
