using Azure;
using Azure.Data.Tables;
using TrivselsBot.Storage;
using TrivselsBot.Testing;

namespace TrivselsBot.Tests.Storage;

/// <summary>
/// The product's storage semantics on Azure.Data.Tables, on Azurite: the conflicts the stores rely on come back as
/// outcomes (409 → already there, 412 → changed by someone else), oversized or mixed batches are refused before
/// anything is sent, and queries page past the service's 1,000 rows.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class TableWritesTests(AzuriteServer azurite) : IAsyncLifetime
{
    private TableClient _table = null!;

    public async Task InitializeAsync() => _table = await ScratchTable.CreateAsync(azurite);

    public Task DisposeAsync() => _table.DeleteAsync();

    [Fact]
    public async Task Inserting_an_existing_key_answers_already_there_and_keeps_the_first_row()
    {
        var first = await _table.InsertAsync(new TableEntity("p", "r") { ["Who"] = "first" });
        var second = await _table.InsertAsync(new TableEntity("p", "r") { ["Who"] = "second" });

        Assert.Equal(TableWriteOutcome.Success, first.Outcome);
        Assert.NotNull(first.ETag);
        Assert.Equal(TableWriteOutcome.AlreadyExists, second.Outcome);
        Assert.Equal("first", (await _table.GetAsync("p", "r"))!.GetString("Who"));
    }

    [Fact]
    public async Task An_update_under_a_stale_etag_answers_changed_by_someone_else_and_writes_nothing()
    {
        var written = await _table.InsertAsync(new TableEntity("p", "r") { ["Step"] = 1 });
        var moved = await _table.UpdateAsync(new TableEntity("p", "r") { ["Step"] = 2 }, written.ETag!.Value);

        var stale = await _table.UpdateAsync(new TableEntity("p", "r") { ["Step"] = 3 }, written.ETag!.Value);

        Assert.Equal(TableWriteOutcome.Success, moved.Outcome);
        Assert.NotEqual(written.ETag, moved.ETag);
        Assert.Equal(TableWriteOutcome.PreconditionFailed, stale.Outcome);
        Assert.Equal(2, (await _table.GetAsync("p", "r"))!.GetInt32("Step"));
    }

    [Fact]
    public async Task A_delete_under_a_stale_etag_is_refused_and_a_missing_row_is_not_found()
    {
        var written = await _table.InsertAsync(new TableEntity("p", "r"));
        await _table.UpdateAsync(new TableEntity("p", "r") { ["Changed"] = true }, ETag.All);

        Assert.Equal(TableWriteOutcome.PreconditionFailed, (await _table.DeleteRowAsync("p", "r", written.ETag)).Outcome);
        Assert.NotNull(await _table.GetAsync("p", "r"));
        Assert.Equal(TableWriteOutcome.Success, (await _table.DeleteRowAsync("p", "r")).Outcome);
        Assert.Equal(TableWriteOutcome.NotFound, (await _table.DeleteRowAsync("p", "r")).Outcome);
        Assert.Equal(TableWriteOutcome.NotFound, (await _table.UpdateAsync(new TableEntity("p", "r"), ETag.All)).Outcome);
    }

    [Fact]
    public async Task Failures_that_are_not_expected_conflicts_still_throw()
    {
        var bad = await Assert.ThrowsAsync<RequestFailedException>(() => _table.InsertAsync(new TableEntity("p", "a/b")));

        Assert.Equal(400, bad.Status);
    }

    [Fact]
    public async Task A_batch_of_101_actions_is_refused_clearly_and_nothing_of_it_is_written()
    {
        var actions = Enumerable.Range(0, 101).Select(i => new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("p", $"r{i:D3}"))).ToList();

        var refusal = await Assert.ThrowsAsync<ArgumentException>(() => _table.SubmitBatchAsync(actions));

        Assert.Contains("1 to 100 actions; this one has 101", refusal.Message, StringComparison.Ordinal);
        Assert.Empty(await _table.QueryEntitiesAsync().ToListAsync());
        await _table.SubmitBatchAsync(actions[..100]);
        Assert.Equal(100, await _table.QueryEntitiesAsync().CountAsync());
    }

    [Fact]
    public async Task A_batch_across_partitions_is_refused_before_anything_is_sent()
    {
        TableTransactionAction[] actions =
        [
            new(TableTransactionActionType.Add, new TableEntity("p1", "r")),
            new(TableTransactionActionType.Add, new TableEntity("p2", "r")),
        ];

        var refusal = await Assert.ThrowsAsync<ArgumentException>(() => _table.SubmitBatchAsync(actions));

        Assert.Contains("one partition", refusal.Message, StringComparison.Ordinal);
        Assert.Empty(await _table.QueryEntitiesAsync().ToListAsync());
    }

    [Fact]
    public async Task A_batch_with_one_conflicting_action_writes_none_of_them()
    {
        await _table.InsertAsync(new TableEntity("p", "taken"));
        TableTransactionAction[] actions =
        [
            new(TableTransactionActionType.Add, new TableEntity("p", "fresh")),
            new(TableTransactionActionType.Add, new TableEntity("p", "taken")),
        ];

        var failed = await Assert.ThrowsAsync<TableTransactionFailedException>(() => _table.SubmitBatchAsync(actions));

        Assert.Equal(409, failed.Status);
        Assert.Null(await _table.GetAsync("p", "fresh"));
    }

    [Fact]
    public async Task A_query_of_more_than_1000_rows_follows_the_continuation_to_the_last_row()
    {
        const int Rows = 1234;
        foreach (var chunk in Enumerable.Range(0, Rows).Chunk(100))
        {
            await _table.SubmitBatchAsync(chunk.Select(i => new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("p", $"r{i:D5}") { ["N"] = i })).ToList());
        }

        var all = await _table.QueryEntitiesAsync(TableFilter.Equal("PartitionKey", "p"), ["N"]).ToListAsync();
        var pages = 0;
        await foreach (var _ in _table.QueryAsync<TableEntity>(TableFilter.Equal("PartitionKey", "p")).AsPages()) pages++;

        Assert.Equal(Enumerable.Range(0, Rows), all.Select(row => row.GetInt32("N")!.Value).Order());
        Assert.All(all, row => Assert.StartsWith("r", row.RowKey, StringComparison.Ordinal));
        Assert.Equal(2, pages);
    }

    [Fact]
    public async Task Selected_reads_still_carry_the_keys()
    {
        await _table.InsertAsync(new TableEntity("p", "r") { ["A"] = "a", ["B"] = "b" });

        var got = (await _table.GetAsync("p", "r", ["A"]))!;
        var queried = Assert.Single(await _table.QueryEntitiesAsync(select: ["B"]).ToListAsync());

        Assert.Equal(("p", "r", "a", null), (got.PartitionKey, got.RowKey, got.GetString("A"), got.GetString("B")));
        Assert.Equal(("p", "r", "b"), (queried.PartitionKey, queried.RowKey, queried.GetString("B")));
        Assert.Equal(["A"], got.OwnProperties().Select(p => p.Key));
    }

    [Theory]
    [InlineData("O'Brien")]
    [InlineData("a' or PartitionKey ne '")]
    public async Task Filter_values_are_quoted_so_input_cannot_widen_a_query(string value)
    {
        await _table.InsertAsync(new TableEntity("p", "match") { ["Name"] = value });
        await _table.InsertAsync(new TableEntity("p", "other") { ["Name"] = "someone" });

        var found = await _table.QueryEntitiesAsync(TableFilter.Equal("Name", value)).Select(r => r.RowKey).ToListAsync();

        Assert.Equal(["match"], found);
    }
}
