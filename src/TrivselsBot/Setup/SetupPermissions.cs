using TrivselsBot.BotConnector;

namespace TrivselsBot.Setup;

public static class SetupPermissions
{
    /// <summary>
    /// A team owner may always change the setup, and a configured leader may change it after that. Where the roster
    /// names no owner (group chats have none, and Teams does not always report one) any member may make the first
    /// setup: the card and the saved setup are shown to the whole team, so it happens in the open.
    /// </summary>
    public static bool MayChange(TeamSetup? existing, string? aadObjectId, IReadOnlyList<TeamsChannelAccount> roster)
    {
        if (aadObjectId is null) return false;
        var member = roster.FirstOrDefault(m => string.Equals(m.AadObjectId, aadObjectId, StringComparison.OrdinalIgnoreCase));
        if (member is null) return false;
        if (IsOwner(member)) return true;
        if (existing is null) return !roster.Any(IsOwner);
        return existing.IsLeader(aadObjectId);
    }

    private static bool IsOwner(TeamsChannelAccount member) =>
        string.Equals(member.UserRole, "owner", StringComparison.OrdinalIgnoreCase);
}
