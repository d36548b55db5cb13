using TrivselsBot.BotConnector;
using TrivselsBot.Teams;

namespace TrivselsBot.Demo;

/// <summary>
/// The Agents Playground knows six people; a demo team has more. Its roster is the Playground's plus the team's synthetic
/// colleagues, so a live pulse, a TRIO's action owners and the response rate count the whole team.
/// </summary>
public sealed class DemoTeamRoster(ConnectorClient connector) : TeamRoster(connector)
{
    public override async Task<IReadOnlyList<TeamsChannelAccount>?> GetMembersAsync(string serviceUrl, string conversationId, CancellationToken ct)
    {
        var members = await base.GetMembersAsync(serviceUrl, conversationId, ct);
        if (members is null || DemoWorkplace.Holding(conversationId) is not { } team) return members;
        var synthetic = team.Synthetic.Select(p => new TeamsChannelAccount { Id = p.UserId, AadObjectId = p.AadObjectId, Name = p.Name });
        return [.. members.Concat(synthetic).DistinctBy(m => m.AadObjectId, StringComparer.OrdinalIgnoreCase)];
    }
}
