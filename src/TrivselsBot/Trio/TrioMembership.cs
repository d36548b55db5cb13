using TrivselsBot.Setup;

namespace TrivselsBot.Trio;

/// <summary>Whether someone is in a team's TRIO: TRIO members may see what the team's leaders see.</summary>
public sealed class TrioMembership(TrioStore store)
{
    public async Task<bool> IsMemberAsync(TeamRef team, string aadObjectId, CancellationToken ct) =>
        (await store.GetSetupAsync(team, ct))?.IsMember(aadObjectId) == true;

    /// <summary>The teams of the tenant whose TRIO the person is in, from the stored TRIOs alone (the roster is not asked).</summary>
    public async Task<IReadOnlySet<TeamRef>> TeamsOfAsync(string tenantId, string aadObjectId, CancellationToken ct)
    {
        var teams = new HashSet<TeamRef>();
        await foreach (var trio in store.SetupsOfAsync(tenantId, aadObjectId, chatConversationId: null, ct)) teams.Add(trio.Team);
        return teams;
    }
}
