using TrivselsBot.BotConnector;

namespace TrivselsBot.Setup;

public static class SetupPermissions
{
    /// <summary>
    /// Any member may set up a team nobody has set up yet (group chats have no owners, and Teams does not always report
    /// who owns a team); the card and the saved setup are shown to the whole team, so it happens in the open.
    /// After that only a configured leader or a team owner may change it.
    /// </summary>
    public static bool MayChange(TeamSetup? existing, string? aadObjectId, IReadOnlyList<TeamsChannelAccount> roster)
    {
        if (aadObjectId is null) return false;
        var member = roster.FirstOrDefault(m => string.Equals(m.AadObjectId, aadObjectId, StringComparison.OrdinalIgnoreCase));
        if (member is null) return false;
        if (existing is null || string.Equals(member.UserRole, "owner", StringComparison.OrdinalIgnoreCase)) return true;
        return existing.IsLeader(aadObjectId);
    }
}
