using TrivselsBot.Setup;
using TrivselsBot.Teams;
using TrivselsBot.Trio;

namespace TrivselsBot.Summaries;

/// <summary>
/// Who may see a team's summary, in any form (card, CSV): its leaders and its TRIO members, while they are still in the
/// team — someone who left (and was never removed from the setup) sees nothing of it.
/// </summary>
public sealed class SummaryViewers(TeamSetupStore setups, TrioMembership trio, TeamRoster roster)
{
    public async Task<bool> MaySeeAsync(TeamSetup setup, string aadObjectId, CancellationToken ct) =>
        (setup.IsLeader(aadObjectId) || await trio.IsMemberAsync(setup.Team, aadObjectId, ct))
        && await roster.IncludesAsync(setup.ServiceUrl, setup.Team.ConversationId, aadObjectId, ct);

    /// <summary>
    /// The tenant's teams the person leads or is in the TRIO of, from stored data only: the tenant's leader columns and its
    /// TRIOs, read side by side, then the setups of just those teams. Cheap, and not yet checked against the roster.
    /// </summary>
    public async Task<IReadOnlyList<TeamSetup>> CandidatesAsync(string tenantId, string aadObjectId, CancellationToken ct)
    {
        var trioTeams = trio.TeamsOfAsync(tenantId, aadObjectId, ct);
        var teams = new HashSet<TeamRef>();
        await foreach (var (team, leaders) in setups.LeadersInTenantAsync(tenantId, ct))
        {
            if (TeamLeader.Includes(leaders, aadObjectId)) teams.Add(team);
        }
        teams.UnionWith(await trioTeams);
        return [.. (await Task.WhenAll(teams.Select(team => setups.GetAsync(team, ct)))).OfType<TeamSetup>()];
    }

    /// <summary>Of the candidates, those whose roster still holds the person: one roster read per candidate, in parallel.</summary>
    public async Task<IReadOnlyList<TeamSetup>> StillInAsync(IReadOnlyList<TeamSetup> candidates, string aadObjectId, CancellationToken ct)
    {
        var included = await Task.WhenAll(candidates.Select(s => roster.IncludesAsync(s.ServiceUrl, s.Team.ConversationId, aadObjectId, ct)));
        return [.. candidates.Where((_, i) => included[i])];
    }
}
