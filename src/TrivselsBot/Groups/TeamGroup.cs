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
    /// The group a member's answer is tagged with this week, or null. Only groups with at least k members on the roster
    /// tag answers, and only while the members outside every tagged group are none or at least k: otherwise an
    /// untagged answer would point at those few people (say, the leader, who is in no group). Then the smallest group
    /// stops tagging, until that holds.
    /// </summary>
    public static string? Of(TeamSetup setup, string aadObjectId, IReadOnlyCollection<TeamsChannelAccount> roster)
    {
        var k = Math.Max(Summaries.KAnonymity.Floor, setup.MinimumGroupSize);
        var tagging = setup.Groups
            .Select(g => (Group: g, OnRoster: roster.Count(m => g.Has(m.AadObjectId))))
            .Where(g => g.OnRoster >= k)
            .OrderByDescending(g => g.OnRoster)
            .ToList();
        while (tagging.Count > 0 && roster.Count - tagging.Sum(g => g.OnRoster) is > 0 and var outside && outside < k)
        {
            tagging.RemoveAt(tagging.Count - 1);
        }
        return tagging.FirstOrDefault(g => g.Group.Has(aadObjectId)).Group?.Name;
    }
}
