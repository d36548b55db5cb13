using Azure.Data.Tables;
using TrivselsBot.CheckIns;
using TrivselsBot.Setup;
using TrivselsBot.Storage;
using TrivselsBot.Testing;

namespace TrivselsBot.Tests.CheckIns;

/// <summary>
/// Answers wait in the inbox and move to the answer and comment tables in groups of at least k. A move that runs while
/// another answer is being written must never leave that answer's comment behind.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class AnswerStoreMoveTests(AzuriteServer azurite)
{
    [Fact]
    public async Task Answers_written_while_mid_week_moves_run_keep_every_comment_once_the_week_is_closed()
    {
        var (store, tables) = await StoreAsync();
        var team = new TeamRef("tenant-move", Guid.NewGuid().ToString("N"));
        var week = new PulsePeriod(2026, 48);
        const int people = 60, k = 3;

        // As the answer action does: record, then try a mid-week move; many people at once.
        await Parallel.ForEachAsync(Enumerable.Range(0, people), new ParallelOptions { MaxDegreeOfParallelism = 12 }, async (i, ct) =>
        {
            await store.RecordAsync(team, week, $"person-{i}", new PulseAnswer(new Dictionary<string, int?> { ["q1"] = 4 }, $"Kommentar {i}"), ct);
            await store.FlushAsync(team, week, k, periodClosed: false, ct);
        });
        await store.FlushAsync(team, week, k, periodClosed: true, default);

        var comments = await store.StoredCommentRowsAsync(team, week, default);
        Assert.Equal(Enumerable.Range(0, people).Select(i => $"Kommentar {i}").Order(), comments.Select(c => c.Text).Order());
        Assert.Equal(people, (await store.StoredScoresAsync(team, week, default)).Count);
        Assert.Empty(await InboxAsync(tables, team, week));
    }

    [Fact]
    public async Task The_closing_move_takes_a_comment_left_in_the_inbox_without_its_scores()
    {
        var (store, tables) = await StoreAsync();
        var team = new TeamRef("tenant-move", Guid.NewGuid().ToString("N"));
        var week = new PulsePeriod(2026, 48);
        var partition = AnswerStore.Partition(team, week);
        await tables.GetTableClient(AnswerStore.InboxTable).UpsertEntityAsync(
            new TableEntity(partition, "c-left") { ["Kind"] = "comment", ["Text"] = "Efterladt" }, TableUpdateMode.Replace);

        await store.FlushAsync(team, week, minimumGroupSize: 3, periodClosed: true, default);

        Assert.Equal(["Efterladt"], (await store.StoredCommentRowsAsync(team, week, default)).Select(c => c.Text));
        Assert.Empty(await InboxAsync(tables, team, week));
    }

    private async Task<(AnswerStore Store, PrefixedTableService Tables)> StoreAsync()
    {
        var tables = PrefixedTableService.FromConnectionString(azurite.ConnectionString);
        foreach (var name in AnswerStore.Tables.Concat(TrivselsBot.Dialogue.DialogueStore.Tables)) await tables.GetTableClient(name).CreateIfNotExistsAsync();
        return (new AnswerStore(tables, new TrivselsBot.Dialogue.DialogueStore(tables, new TrivselsBot.Dialogue.Sealer(new byte[32])), TimeProvider.System), tables);
    }

    private static async Task<List<TableEntity>> InboxAsync(PrefixedTableService tables, TeamRef team, PulsePeriod week)
    {
        var rows = new List<TableEntity>();
        await foreach (var row in tables.GetTableClient(AnswerStore.InboxTable).QueryAsync<TableEntity>(TableFilter.Equal("PartitionKey", AnswerStore.Partition(team, week)))) rows.Add(row);
        return rows;
    }
}
