using TrivselsBot.CheckIns;
using TrivselsBot.Setup;
using Azure.Data.Tables;
using TrivselsBot.Storage;
using TrivselsBot.Testing;

namespace TrivselsBot.Tests.CheckIns;

/// <summary>An answer cut off half-way leaves its random ids in the participation row; sealing the week removes them.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class AnswerStoreSealTests(AzuriteServer azurite)
{
    [Fact]
    public async Task Sealing_a_week_drops_the_ids_of_half_written_answers_keeping_those_whose_answer_arrived()
    {
        var tables = PrefixedTableService.FromConnectionString(azurite.ConnectionString);
        foreach (var name in AnswerStore.Tables) await tables.GetTableClient(name).CreateIfNotExistsAsync();
        var store = new AnswerStore(tables, new TrivselsBot.Dialogue.DialogueStore(tables, new TrivselsBot.Dialogue.Sealer(new byte[32])), TimeProvider.System);
        var team = new TeamRef("tenant-seal", Guid.NewGuid().ToString("N"));
        var week = new PulsePeriod(2026, 48);
        var partition = AnswerStore.Partition(team, week);
        var participation = tables.GetTableClient(AnswerStore.ParticipationTable);
        await participation.UpsertEntityAsync(new TableEntity(partition, "arrived") { ["State"] = "Writing", ["AnswerId"] = "a1", ["CommentId"] = "c1" }, TableUpdateMode.Replace);
        await participation.UpsertEntityAsync(new TableEntity(partition, "lost") { ["State"] = "Writing", ["AnswerId"] = "a2", ["CommentId"] = "c2" }, TableUpdateMode.Replace);
        await tables.GetTableClient(AnswerStore.InboxTable).UpsertEntityAsync(new TableEntity(partition, "a1") { ["Kind"] = "scores", ["Scores"] = "{}" }, TableUpdateMode.Replace);

        await store.SealWeekAsync(team, week, default);

        var arrived = Assert.IsType<TableEntity>(await participation.GetAsync(partition, "arrived"));
        Assert.Equal(["State"], arrived.OwnProperties().Select(p => p.Key));
        Assert.Equal("Stored", arrived.GetString("State"));
        Assert.Null(await participation.GetAsync(partition, "lost"));
    }
}
