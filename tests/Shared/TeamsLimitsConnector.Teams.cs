using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace TrivselsBot.Testing;

/// <summary>The team side of the connector: which request a path is, and the rosters of the teams it knows.</summary>
public sealed partial class TeamsLimitsConnector
{
    /// <summary>Teams' most members per page of <c>pagedmembers</c>; its documented default when none is asked for is 200.</summary>
    private const int MaxPageSize = 500;

    private const int DefaultPageSize = 200;

    /// <summary>
    /// A team (or group chat) whose roster the bot may read: <paramref name="members"/> are channel accounts as Teams
    /// gives them (id, aadObjectId, name, userRole …). Posts, replies and updates in it are answered 200.
    /// </summary>
    public void AddTeam(string conversationId, string name, IReadOnlyList<JsonObject> members) =>
        _teams[conversationId] = new TeamRoster(name, "aad-group-" + Guid.NewGuid().ToString("N"), members);

    private static (RequestKind Kind, string? ConversationId) Classify(string method, string path)
    {
        if (path == "/v3/conversations") return (method == "POST" ? RequestKind.Create : RequestKind.Other, null);
        if (TeamPath().Match(path) is { Success: true } team) return (method == "GET" ? RequestKind.Team : RequestKind.Other, Unescape(team));
        if (ConversationPath().Match(path) is not { Success: true } match) return (RequestKind.Other, null);
        var conversation = Unescape(match);
        var kind = (method, match.Groups["rest"].Value) switch
        {
            ("POST", "/activities") => RequestKind.Send,
            ("POST", var rest) when rest.StartsWith("/activities/", StringComparison.Ordinal) => RequestKind.Reply,
            ("PUT", var rest) when rest.StartsWith("/activities/", StringComparison.Ordinal) => RequestKind.Update,
            ("DELETE", var rest) when rest.StartsWith("/activities/", StringComparison.Ordinal) => RequestKind.Delete,
            ("GET", "/pagedmembers") => RequestKind.PagedMembers,
            ("GET", "/members") => RequestKind.Members,
            _ => RequestKind.Other,
        };
        return (kind, conversation);
    }

    private static string Unescape(Match match) => Uri.UnescapeDataString(match.Groups["id"].Value);

    private static async Task AnswerTeamAsync(HttpContext http, RequestKind kind, TeamRoster team)
    {
        switch (kind)
        {
            case RequestKind.Team:
                await http.Response.WriteAsJsonAsync(new { id = http.Request.Path.Value![(http.Request.Path.Value!.LastIndexOf('/') + 1)..], name = team.Name, aadGroupId = team.AadGroupId });
                return;
            case RequestKind.Members:
                await http.Response.WriteAsJsonAsync(new JsonArray([.. team.Members.Select(m => m.DeepClone())]));
                return;
        }
        var size = int.TryParse(http.Request.Query["pageSize"], CultureInfo.InvariantCulture, out var asked) ? Math.Clamp(asked, 1, MaxPageSize) : DefaultPageSize;
        var from = int.TryParse(http.Request.Query["continuationToken"], CultureInfo.InvariantCulture, out var start) ? start : 0;
        var page = new JsonObject { ["members"] = new JsonArray([.. team.Members.Skip(from).Take(size).Select(m => m.DeepClone())]) };
        if (from + size < team.Members.Count) page["continuationToken"] = (from + size).ToString(CultureInfo.InvariantCulture);
        await http.Response.WriteAsJsonAsync(page);
    }

    [GeneratedRegex("^/v3/conversations/(?<id>[^/]+)(?<rest>/.*)$")]
    private static partial Regex ConversationPath();

    [GeneratedRegex("^/v3/teams/(?<id>[^/]+)$")]
    private static partial Regex TeamPath();

    private sealed record TeamRoster(string Name, string AadGroupId, IReadOnlyList<JsonObject> Members);

    private enum RequestKind
    {
        Create,
        Send,
        Post,
        Reply,
        Update,
        Delete,
        PagedMembers,
        Members,
        Team,
        Other,
    }
}
