using TrivselsBot.BotConnector;

namespace TrivselsBot.Setup;

public static class TeamContext
{
    /// <summary>The team (its General channel) or group chat an activity comes from; null in a personal chat.</summary>
    public static TeamRef? From(Activity activity)
    {
        var tenant = activity.Conversation?.TenantId ?? activity.ChannelData?.Tenant?.Id;
        if (tenant is null) return null;
        if (activity.ChannelData?.Team?.Id is { Length: > 0 } teamId) return new TeamRef(tenant, teamId);
        return activity.Conversation?.ConversationType == "groupChat" && activity.Conversation.Id is { } chat
            ? new TeamRef(tenant, chat)
            : null;
    }
}
