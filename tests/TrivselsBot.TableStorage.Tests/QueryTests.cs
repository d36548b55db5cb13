namespace TrivselsBot.TableStorage.Tests;

[Collection(UsesAzurite.Name)]
public sealed class QueryTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Query_follows_continuation_across_pages()
    {
        var table = await azurite.CreateTableAsync();
        for (var partition = 0; partition < 11; partition++)
        {
            var actions = Enumerable.Range(0, 100)
                .Select(row => new TableTransactionAction(TableTransactionActionType.Add, new TableEntity($"p{partition:D2}", $"r{row:D3}")))
                .ToList();
            await table.SubmitTransactionAsync(actions);
        }

        var all = await table.QueryAsync().ToListAsync();

        Assert.Equal(1100, all.Count);
        Assert.Equal(1100, all.Select(entity => (entity.PartitionKey, entity.RowKey)).Distinct().Count());
    }

    [Fact]
    public async Task Small_pages_still_return_every_match_once()
    {
        var table = await azurite.CreateTableAsync();
        for (var row = 0; row < 25; row++)
        {
            await table.InsertAsync(new TableEntity("p", $"r{row:D2}") { ["Even"] = row % 2 == 0 });
        }

        var even = await table.QueryAsync(TableFilter.Equal("Even", true), pageSize: 4).ToListAsync();

        Assert.Equal(Enumerable.Range(0, 13).Select(i => $"r{i * 2:D2}"), even.Select(entity => entity.RowKey));
    }

    [Fact]
    public async Task Query_with_select_returns_the_keys_and_only_the_selected_properties()
    {
        var table = await azurite.CreateTableAsync();
        await table.InsertAsync(new TableEntity("p", "r") { ["A"] = 1, ["B"] = 2 });

        var entity = Assert.Single(await table.QueryAsync(select: ["B"]).ToListAsync());

        Assert.Equal(("p", "r"), (entity.PartitionKey, entity.RowKey));
        Assert.Equal(["B"], entity.Keys);
        Assert.NotNull(entity.ETag);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1001)]
    public async Task Page_sizes_outside_1_to_1000_are_refused(int pageSize)
    {
        var table = await azurite.CreateTableAsync();

        Assert.Throws<ArgumentOutOfRangeException>(() => table.QueryAsync(pageSize: pageSize));
        Assert.Empty(await table.QueryAsync(pageSize: 1000).ToListAsync());
    }
}
