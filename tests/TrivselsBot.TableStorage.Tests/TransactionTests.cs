namespace TrivselsBot.TableStorage.Tests;

[Collection(UsesAzurite.Name)]
public sealed class TransactionTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Transaction_applies_every_action_kind_and_returns_etags()
    {
        var table = await azurite.CreateTableAsync();
        var toUpdate = await table.InsertAsync(new TableEntity("p", "update") { ["A"] = "a", ["B"] = "b" });
        await table.InsertAsync(new TableEntity("p", "merge") { ["A"] = "a", ["B"] = "b" });
        await table.InsertAsync(new TableEntity("p", "upsertmerge") { ["A"] = "a", ["B"] = "b" });
        await table.InsertAsync(new TableEntity("p", "delete"));

        var results = await table.SubmitTransactionAsync(
        [
            new(TableTransactionActionType.Add, new TableEntity("p", "add") { ["A"] = "new" }),
            new(TableTransactionActionType.UpsertReplace, new TableEntity("p", "upsert") { ["A"] = "new" }),
            new(TableTransactionActionType.UpsertMerge, new TableEntity("p", "upsertmerge") { ["A"] = "a2" }),
            new(TableTransactionActionType.UpdateReplace, new TableEntity("p", "update") { ["A"] = "a2" }, toUpdate.ETag!),
            new(TableTransactionActionType.UpdateMerge, new TableEntity("p", "merge") { ["A"] = "a2" }),
            new(TableTransactionActionType.Delete, new TableEntity("p", "delete")),
        ]);

        Assert.All(results, result => Assert.True(result.Succeeded));
        Assert.All(results.Take(5), result => Assert.NotNull(result.ETag));
        Assert.Equal(results[0].ETag, (await table.GetAsync("p", "add"))?.ETag);
        Assert.Equal("new", (await table.GetAsync("p", "upsert"))?.GetString("A"));
        Assert.Equal(("a2", "b"), await ReadAsync(table, "upsertmerge"));
        Assert.Equal(("a2", null), await ReadAsync(table, "update"));
        Assert.Equal(("a2", "b"), await ReadAsync(table, "merge"));
        Assert.Null(await table.GetAsync("p", "delete"));
    }

    [Fact]
    public async Task Transaction_is_all_or_nothing()
    {
        var table = await azurite.CreateTableAsync();
        await table.InsertAsync(new TableEntity("p", "taken"));

        var error = await Assert.ThrowsAsync<TableTransactionFailedException>(() => table.SubmitTransactionAsync(
        [
            new(TableTransactionActionType.Add, new TableEntity("p", "fresh")),
            new(TableTransactionActionType.UpsertReplace, new TableEntity("p", "upserted")),
            new(TableTransactionActionType.Add, new TableEntity("p", "taken")),
        ]));

        Assert.Equal(2, error.FailedActionIndex);
        Assert.Equal(409, error.Status);
        Assert.Equal("EntityAlreadyExists", error.ErrorCode);
        Assert.Null(await table.GetAsync("p", "fresh"));
        Assert.Null(await table.GetAsync("p", "upserted"));
    }

    [Fact]
    public async Task Transaction_with_a_stale_etag_names_the_failing_action()
    {
        var table = await azurite.CreateTableAsync();
        var stale = await table.InsertAsync(new TableEntity("p", "r") { ["A"] = "a" });
        await table.UpsertAsync(new TableEntity("p", "r") { ["A"] = "b" });

        var error = await Assert.ThrowsAsync<TableTransactionFailedException>(() => table.SubmitTransactionAsync(
        [
            new(TableTransactionActionType.Add, new TableEntity("p", "other")),
            new(TableTransactionActionType.UpdateMerge, new TableEntity("p", "r") { ["A"] = "c" }, stale.ETag!),
        ]));

        Assert.Equal(1, error.FailedActionIndex);
        Assert.Equal(412, error.Status);
        Assert.Equal("b", (await table.GetAsync("p", "r"))?.GetString("A"));
        Assert.Null(await table.GetAsync("p", "other"));
    }

    [Fact]
    public async Task Transaction_of_exactly_100_actions_is_accepted()
    {
        var table = await azurite.CreateTableAsync();
        var actions = Enumerable.Range(0, 100).Select(i => new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("p", $"r{i:D3}"))).ToList();

        var results = await table.SubmitTransactionAsync(actions);

        Assert.Equal(100, results.Count);
        Assert.Equal(100, (await table.QueryAsync(TableFilter.Equal("PartitionKey", "p")).ToListAsync()).Count);
    }

    private static async Task<(string? A, string? B)> ReadAsync(TableClient table, string rowKey)
    {
        var entity = await table.GetAsync("p", rowKey);
        return (entity?.GetString("A"), entity?.GetString("B"));
    }
}

public sealed class TransactionValidationTests
{
    public static TheoryData<string, TableTransactionAction[]> Invalid => new()
    {
        { "empty", [] },
        { "mixed partitions", [Add("p1", "r"), Add("p2", "r")] },
        { "101 actions", Enumerable.Range(0, 101).Select(i => Add("p", $"r{i}")).ToArray() },
        { "same entity twice", [Add("p", "r"), Add("p", "r")] },
        { "update without etag", [new(TableTransactionActionType.UpdateMerge, new TableEntity("p", "r"), string.Empty)] },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public async Task Transaction_refuses_mixed_partitions_and_more_than_100_actions(string reason, TableTransactionAction[] actions)
    {
        var stub = new StubTransport();

        await Assert.ThrowsAsync<ArgumentException>(() => stub.Table().SubmitTransactionAsync(actions));

        Assert.Empty(stub.Requests);
        Assert.NotEmpty(reason);
    }

    private static TableTransactionAction Add(string partitionKey, string rowKey) =>
        new(TableTransactionActionType.Add, new TableEntity(partitionKey, rowKey));
}
