using TrivselsBot.Setup;
using TrivselsBot.Teams;
using TrivselsBot.Trio;

namespace TrivselsBot.Summaries;

/// <summary>
/// Who may see a team's summary, in any form (card, CSV): its leaders and its TRIO members, while they are still in the
/// team — someone who left (and was never removed from the setup) sees nothing of it.
/// </summary>
public sealed class SummaryViewers(TrioMembership trio, TeamRoster roster)
{
    public async Task<bool> MaySeeAsync(TeamSetup setup, string aadObjectId, CancellationToken ct) =>
        (setup.IsLeader(aadObjectId) || await trio.IsMemberAsync(setup.Team, aadObjectId, ct))
        && await roster.IncludesAsync(setup.ServiceUrl, setup.Team.ConversationId, aadObjectId, ct);
}
