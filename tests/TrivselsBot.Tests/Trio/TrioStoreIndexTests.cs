using TrivselsBot.Setup;
using TrivselsBot.Storage;
using Azure.Data.Tables;
using TrivselsBot.Testing;
using TrivselsBot.Trio;

namespace TrivselsBot.Tests.Trio;

/// <summary>
/// The TRIO's tenant index on Azurite: a tenant's TRIOs and MED items come from one partition, kept in step with the
/// setup and item rows, and a write cut off between the index row and the row it points at never gives a wrong answer.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class TrioStoreIndexTests(AzuriteServer azurite) : IAsyncLifetime
{
    private readonly string _tenant = "tenant-" + Guid.NewGuid().ToString("N");
    private PrefixedTableService _tables = null!;
    private TrioStore _store = null!;

    public async Task InitializeAsync()
    {
        _tables = PrefixedTableService.FromConnectionString(azurite.ConnectionString);
        foreach (var table in TrioServices.Tables) await _tables.GetTableClient(table).CreateIfNotExistsAsync();
        _store = new TrioStore(_tables);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_tenants_trios_come_from_its_index_partition_and_a_changed_setup_keeps_its_one_row()
    {
        var (nord, syd) = (Team(), Team());
        var elsewhere = TrioSamples.Setup with { Team = new TeamRef("other-" + Guid.NewGuid().ToString("N"), "19:x@thread.v2") };
        await _store.SaveSetupAsync(TrioSamples.Setup with { Team = nord }, default);
        await _store.SaveSetupAsync(TrioSamples.Setup with { Team = syd }, default);
        await _store.SaveSetupAsync(elsewhere, default);

        await _store.SaveSetupAsync(TrioSamples.Setup with { Team = nord, MeetingDay = DayOfWeek.Thursday }, default);

        var trios = await _store.SetupsOfAsync(_tenant, "AAD-2", null, default).ToListAsync();
        Assert.Equal(new[] { nord, syd }.Select(t => t.Key).Order(StringComparer.Ordinal), trios.Select(t => t.Team.Key).Order(StringComparer.Ordinal));
        Assert.Equal(DayOfWeek.Thursday, trios.Single(t => t.Team == nord).MeetingDay);
        Assert.Equal(2, (await IndexRowsAsync()).Count);
        Assert.Contains(await _store.AllSetupsAsync(default).ToListAsync(), t => t.Team == elsewhere.Team);
    }

    [Fact]
    public async Task An_index_row_left_pointing_at_no_setup_is_skipped()
    {
        var (kept, cutOff) = (Team(), Team());
        await _store.SaveSetupAsync(TrioSamples.Setup with { Team = kept }, default);
        await _store.SaveSetupAsync(TrioSamples.Setup with { Team = cutOff }, default);
        await _tables.GetTableClient(TrioStore.TableName).DeleteRowAsync(cutOff.Key, "setup"); // as if the setup's own write never happened

        Assert.Equal([kept], await _store.SetupsOfAsync(_tenant, "aad-1", null, default).Select(t => t.Team).ToListAsync());
    }

    [Fact]
    public async Task A_person_finds_only_the_trios_they_are_in_now_and_a_chat_finds_the_trio_posting_to_it()
    {
        var (nord, syd) = (Team(), Team());
        await _store.SaveSetupAsync(TrioSamples.Setup with { Team = nord, Destination = TrioDestination.GroupChat, ChatConversationId = "19:trio-nord@thread.v2" }, default);
        await _store.SaveSetupAsync(TrioSamples.Setup with { Team = syd }, default);
        await _store.SaveSetupAsync(TrioSamples.Setup with { Team = syd, Members = [.. TrioSamples.Setup.Members.Where(m => m.AadObjectId != "aad-3")] }, default);

        Assert.Equal([nord], await _store.SetupsOfAsync(_tenant, "aad-3", null, default).Select(t => t.Team).ToListAsync());
        Assert.Equal(2, await _store.SetupsOfAsync(_tenant, "aad-1", null, default).CountAsync());
        Assert.Empty(await _store.SetupsOfAsync(_tenant, "aad-stranger", null, default).ToListAsync());
        Assert.Equal([nord], await _store.SetupsOfAsync(_tenant, null, "19:trio-nord@thread.v2", default).Select(t => t.Team).ToListAsync());
        Assert.Empty(await _store.SetupsOfAsync(_tenant, null, "19:somewhere-else@thread.v2", default).ToListAsync());
    }

    [Fact]
    public async Task An_item_is_listed_for_med_once_marked_and_not_when_the_marking_lost_its_race_or_the_item_was_withdrawn()
    {
        var team = Team();
        var point = TrioSamples.Point("Vikardækning i julen", "p-" + Guid.NewGuid().ToString("N"));
        await _store.TryAddItemAsync(team, point, default);
        var read = (await _store.GetItemAsync(team, point.Id, default))!;
        Assert.True(await _store.TryUpdateItemAsync(team, read with { RemindedDueSoon = true }, default));

        Assert.False(await _store.TryUpdateItemAsync(team, read with { SentToMedInMeeting = new DateOnly(2026, 12, 8) }, default)); // a stale ETag: the index row went in first
        Assert.Empty(await _store.MedItemsAsync(_tenant, default));

        var current = (await _store.GetItemAsync(team, point.Id, default))!;
        Assert.True(await _store.TryUpdateItemAsync(team, current with { SentToMedInMeeting = new DateOnly(2026, 12, 8) }, default));
        var listed = Assert.Single(await _store.MedItemsAsync(_tenant, default));
        Assert.Equal((team, point.Id), (listed.Team, listed.Item.Id));
        Assert.Single(await IndexRowsAsync());

        var sent = (await _store.GetItemAsync(team, point.Id, default))!;
        Assert.True(await _store.TryUpdateItemAsync(team, sent with { WithdrawnAt = DateTimeOffset.UnixEpoch, WithdrawnByAadObjectId = "aad-1", WithdrawnByRoles = [TrioRole.Leder] }, default));
        Assert.Empty(await _store.MedItemsAsync(_tenant, default));
        Assert.Empty(await IndexRowsAsync());
    }

    private TeamRef Team() => new(_tenant, $"19:{Guid.NewGuid():N}@thread.v2");

    private async Task<List<TableEntity>> IndexRowsAsync()
    {
        var rows = new List<TableEntity>();
        await foreach (var row in _tables.GetTableClient(TrioStore.IndexTableName).QueryEntitiesAsync(TableFilter.Equal("PartitionKey", TableKeys.Escape(_tenant)))) rows.Add(row);
        return rows;
    }
}
