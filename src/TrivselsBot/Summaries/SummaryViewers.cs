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
    /// The tenant's teams the person leads or is in the TRIO of, from stored data only (one read of the tenant's setups,
    /// one of its TRIOs): cheap, and not yet checked against the roster.
    /// </summary>
    public async Task<IReadOnlyList<TeamSetup>> CandidatesAsync(string tenantId, string aadObjectId, CancellationToken ct)
    {
        var trioTeams = await trio.TeamsOfAsync(tenantId, aadObjectId, ct);
        var candidates = new List<TeamSetup>();
        await foreach (var setup in setups.InTenantAsync(tenantId, ct))
        {
            if (setup.IsLeader(aadObjectId) || trioTeams.Contains(setup.Team)) candidates.Add(setup);
        }
        return candidates;
    }

    /// <summary>Of the candidates, those whose roster still holds the person: one roster read per candidate, in parallel.</summary>
    public async Task<IReadOnlyList<TeamSetup>> StillInAsync(IReadOnlyList<TeamSetup> candidates, string aadObjectId, CancellationToken ct)
    {
        var included = await Task.WhenAll(candidates.Select(s => roster.IncludesAsync(s.ServiceUrl, s.Team.ConversationId, aadObjectId, ct)));
        return [.. candidates.Where((_, i) => included[i])];
    }
}
