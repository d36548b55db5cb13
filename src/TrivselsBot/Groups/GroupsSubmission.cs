using System.Text.Json;
using TrivselsBot.BotConnector;
using TrivselsBot.Localization;

namespace TrivselsBot.Groups;

/// <summary>Reads the groups card's inputs. Every rule is checked before anything is saved; the first broken one is named.</summary>
public static class GroupsSubmission
{
    public static (IReadOnlyList<TeamGroup>? Groups, string? Problem) Read(
        JsonElement value, IReadOnlyList<TeamsChannelAccount> roster, int k, Language language)
    {
        var t = GroupTexts.For(language);
        var byAad = roster.Where(m => m.AadObjectId is not null).ToDictionary(m => m.AadObjectId!, StringComparer.OrdinalIgnoreCase);
        var groups = new List<TeamGroup>();
        for (var slot = 1; slot <= TeamGroup.MaximumGroups; slot++)
        {
            var name = (Text(value, GroupsCard.NameInput(slot)) ?? "").Trim();
            var members = (Text(value, GroupsCard.MembersInput(slot)) ?? "")
                .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .ToList();
            if (name.Length == 0 && members.Count == 0) continue;
            if (name.Length == 0) return (null, t.NameMissing);
            if (name.Length > TeamGroup.MaximumNameLength) return (null, t.NameTooLong(TeamGroup.MaximumNameLength));
            if (members.Count == 0) return (null, t.MembersMissing);
            if (members.Any(id => !byAad.ContainsKey(id))) return (null, t.NotOnRoster);
            if (groups.Any(g => string.Equals(g.Name, name, StringComparison.OrdinalIgnoreCase))) return (null, t.NameTwice);
            if (members.FirstOrDefault(id => groups.Any(g => g.Has(id))) is { } twice) return (null, t.MemberInTwoGroups(byAad[twice].Name ?? twice));
            if (members.Count < k) return (null, t.GroupTooSmall(name, k));
            groups.Add(new TeamGroup(name, [.. members.Select(id => byAad[id].AadObjectId!)]));
        }
        return (groups, null);
    }

    private static string? Text(JsonElement value, string property) =>
        value.ValueKind == JsonValueKind.Object && value.TryGetProperty(property, out var element) && element.ValueKind == JsonValueKind.String
            ? element.GetString()
            : null;
}
