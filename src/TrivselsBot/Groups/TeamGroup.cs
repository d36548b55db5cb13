using TrivselsBot.BotConnector;
using TrivselsBot.Setup;

namespace TrivselsBot.Groups;

/// <summary>
/// A named part of a team (a house, a shift, the night staff) whose answers the leader may see apart — only when the
/// group is big enough, and never so that a small group can be worked out from the rest. Members are Entra object ids.
/// </summary>
public sealed record TeamGroup(string Name, IReadOnlyList<string> Members)
{
    public const int MaximumGroups = 4;
    public const int MaximumNameLength = 40;

    public bool Has(string? aadObjectId) =>
        aadObjectId is not null && Members.Contains(aadObjectId, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The group a member's answer is tagged with: theirs, if it has at least k members on the roster this week. A
    /// smaller group could never be shown, so its answers carry no tag at all and count only for the whole team.
    /// </summary>
    public static string? Of(TeamSetup setup, string aadObjectId, IReadOnlyCollection<TeamsChannelAccount> roster)
    {
        if (setup.Groups.FirstOrDefault(g => g.Has(aadObjectId)) is not { } group) return null;
        var onRoster = roster.Count(m => group.Has(m.AadObjectId));
        return onRoster >= Math.Max(Summaries.KAnonymity.Floor, setup.MinimumGroupSize) ? group.Name : null;
    }
}
