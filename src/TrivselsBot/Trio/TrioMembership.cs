using TrivselsBot.Setup;

namespace TrivselsBot.Trio;

/// <summary>Whether someone is in a team's TRIO: TRIO members may see what the team's leaders see.</summary>
public sealed class TrioMembership(TrioStore store)
{
    public async Task<bool> IsMemberAsync(TeamRef team, string aadObjectId, CancellationToken ct) =>
        (await store.GetSetupAsync(team, ct))?.IsMember(aadObjectId) == true;
}
