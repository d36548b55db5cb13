using TrivselsBot.BotConnector;

namespace TrivselsBot.CheckIns.Delivery;

/// <summary>Where a fan-out writes from: the tenant, its current service URL and the bot's account.</summary>
internal sealed record FanOutTarget(string TenantId, string ServiceUrl, ChannelAccount Bot);
