using TrivselsBot.Organisation;
using TrivselsBot.Setup;

namespace TrivselsBot.Trio;

/// <summary>What the TRIOs of a tenant sent on to MED, for the organisation roll-up, with the team's name as Teams showed it.</summary>
public sealed class TrioMedItems(TrioStore store, TeamSetupStore teams) : IMedItems
{
    public async Task<IReadOnlyList<MedItem>> ForTenantAsync(string tenantId, CancellationToken ct)
    {
        var items = new List<MedItem>();
        var names = new Dictionary<TeamRef, string>();
        foreach (var (team, item) in await store.MedItemsAsync(tenantId, ct))
        {
            if (!names.TryGetValue(team, out var name)) names[team] = name = (await teams.GetAsync(team, ct))?.Name ?? "";
            items.Add(new MedItem(name, item.Text, item.SentToMedInMeeting ?? DateOnly.FromDateTime(item.CreatedAt.UtcDateTime)));
        }
        return items;
    }
}
