using TrivselsBot.Setup;

namespace TrivselsBot.LeaderPulse;

/// <summary>
/// All leaders of a tenant as one group: the leader pulse's answers, deliveries and aggregates are stored under this
/// "team", never under a leader's own team, so nothing ties an answer to a team of a few leaders.
/// </summary>
public static class LeaderGroup
{
    private const string ConversationId = "leader-group";

    public static TeamRef Of(string tenantId) => new(tenantId, ConversationId);

    public static bool Is(TeamRef team) => team.ConversationId == ConversationId;
}
