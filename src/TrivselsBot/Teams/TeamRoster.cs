using TrivselsBot.BotConnector;

namespace TrivselsBot.Teams;

/// <summary>Who is in a team or group chat right now, page by page from the connector. Read fresh for every pulse.</summary>
public class TeamRoster(ConnectorClient connector)
{
    private const int PageSize = 500;

    /// <summary>The members with an Entra object id (bots and anonymous guests have none), or null when the connector cannot be reached.</summary>
    public virtual async Task<IReadOnlyList<TeamsChannelAccount>?> GetMembersAsync(string serviceUrl, string conversationId, CancellationToken ct)
    {
        var members = new List<TeamsChannelAccount>();
        string? continuation = null;
        do
        {
            var page = await connector.GetPagedMembersAsync(serviceUrl, conversationId, PageSize, continuation, ct);
            if (!page.Succeeded || page.Value is null) return null;
            members.AddRange(page.Value.Members.Where(m => !string.IsNullOrWhiteSpace(m.AadObjectId) && !string.IsNullOrWhiteSpace(m.Id)));
            continuation = page.Value.ContinuationToken;
        }
        while (!string.IsNullOrEmpty(continuation));
        return members.DistinctBy(m => m.AadObjectId, StringComparer.OrdinalIgnoreCase).ToList();
    }

    /// <summary>Whether the person is in the team or chat right now; false too when the connector cannot say.</summary>
    public async Task<bool> IncludesAsync(string serviceUrl, string conversationId, string aadObjectId, CancellationToken ct) =>
        await GetMembersAsync(serviceUrl, conversationId, ct) is { } members
        && members.Any(m => string.Equals(m.AadObjectId, aadObjectId, StringComparison.OrdinalIgnoreCase));
}
