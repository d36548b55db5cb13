using Azure;

namespace TrivselsBot.TableStorage.Tests;

[Collection(UsesAzurite.Name)]
public sealed class EntityTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Insert_stores_the_entity_and_returns_its_etag()
    {
        var table = await azurite.CreateTableAsync();

        var result = await table.InsertAsync(new TableEntity("p", "r") { ["Name"] = "first" });
        var stored = await table.GetAsync("p", "r");

        Assert.Equal(TableWriteOutcome.Success, result.Outcome);
        Assert.NotNull(result.ETag);
        Assert.Equal(result.ETag, stored?.ETag);
        Assert.Equal("first", stored?.GetString("Name"));
        Assert.NotNull(stored?.Timestamp);
    }

    [Fact]
    public async Task Insert_of_an_existing_key_reports_AlreadyExists()
    {
        var table = await azurite.CreateTableAsync();
        await table.InsertAsync(new TableEntity("p", "r") { ["Name"] = "first" });

        var result = await table.InsertAsync(new TableEntity("p", "r") { ["Name"] = "second" });

        Assert.Equal(TableWriteOutcome.AlreadyExists, result.Outcome);
        Assert.False(result.Succeeded);
        Assert.Equal("first", (await table.GetAsync("p", "r"))?.GetString("Name"));
    }

    [Fact]
    public async Task Get_of_a_missing_entity_returns_null()
    {
        var table = await azurite.CreateTableAsync();

        Assert.Null(await table.GetAsync("p", "nothing"));
    }

    [Fact]
    public async Task Get_from_a_missing_table_throws_instead_of_returning_null()
    {
        var table = azurite.Service.GetTableClient("missing" + Guid.NewGuid().ToString("N"));

        var error = await Assert.ThrowsAsync<RequestFailedException>(() => table.GetAsync("p", "r"));

        Assert.Equal(404, error.Status);
        Assert.Equal("TableNotFound", error.ErrorCode);
    }

    [Fact]
    public async Task Get_with_select_returns_only_the_selected_properties_and_the_keys()
    {
        var table = await azurite.CreateTableAsync();
        await table.InsertAsync(new TableEntity("p", "r") { ["A"] = "a", ["B"] = "b" });

        var stored = await table.GetAsync("p", "r", ["A"]);

        Assert.Equal(("p", "r"), (stored?.PartitionKey, stored?.RowKey));
        Assert.Equal(["A"], stored?.Keys);
    }

    [Fact]
    public async Task Upsert_replace_drops_properties_not_sent()
    {
        var table = await azurite.CreateTableAsync();
        await table.InsertAsync(new TableEntity("p", "r") { ["A"] = "a", ["B"] = "b" });

        var result = await table.UpsertAsync(new TableEntity("p", "r") { ["A"] = "a2" });
        var stored = await table.GetAsync("p", "r");

        Assert.True(result.Succeeded);
        Assert.Equal("a2", stored?.GetString("A"));
        Assert.False(stored?.ContainsKey("B"));
    }

    [Fact]
    public async Task Upsert_merge_keeps_properties_not_sent()
    {
        var table = await azurite.CreateTableAsync();
        await table.InsertAsync(new TableEntity("p", "r") { ["A"] = "a", ["B"] = "b" });

        await table.UpsertAsync(new TableEntity("p", "r") { ["A"] = "a2" }, TableUpdateMode.Merge);
        var stored = await table.GetAsync("p", "r");

        Assert.Equal("a2", stored?.GetString("A"));
        Assert.Equal("b", stored?.GetString("B"));
    }

    [Fact]
    public async Task Upsert_creates_a_missing_entity_in_both_modes()
    {
        var table = await azurite.CreateTableAsync();

        await table.UpsertAsync(new TableEntity("p", "replace"));
        await table.UpsertAsync(new TableEntity("p", "merge"), TableUpdateMode.Merge);

        Assert.NotNull(await table.GetAsync("p", "replace"));
        Assert.NotNull(await table.GetAsync("p", "merge"));
    }

    [Fact]
    public async Task Update_with_the_current_etag_succeeds_and_returns_a_new_etag()
    {
        var table = await azurite.CreateTableAsync();
        var inserted = await table.InsertAsync(new TableEntity("p", "r") { ["A"] = "a", ["B"] = "b" });

        var updated = await table.UpdateAsync(new TableEntity("p", "r") { ["A"] = "a2" }, inserted.ETag!, TableUpdateMode.Merge);
        var stored = await table.GetAsync("p", "r");

        Assert.True(updated.Succeeded);
        Assert.NotEqual(inserted.ETag, updated.ETag);
        Assert.Equal(updated.ETag, stored?.ETag);
        Assert.Equal(("a2", "b"), (stored?.GetString("A"), stored?.GetString("B")));
    }

    [Fact]
    public async Task Update_with_a_stale_etag_reports_PreconditionFailed()
    {
        var table = await azurite.CreateTableAsync();
        var first = await table.InsertAsync(new TableEntity("p", "r") { ["A"] = "a" });
        await table.UpsertAsync(new TableEntity("p", "r") { ["A"] = "changed elsewhere" });

        var result = await table.UpdateAsync(new TableEntity("p", "r") { ["A"] = "mine" }, first.ETag!);

        Assert.Equal(TableWriteOutcome.PreconditionFailed, result.Outcome);
        Assert.Equal("changed elsewhere", (await table.GetAsync("p", "r"))?.GetString("A"));
    }

    [Fact]
    public async Task Update_with_star_replaces_whatever_is_stored()
    {
        var table = await azurite.CreateTableAsync();
        await table.InsertAsync(new TableEntity("p", "r") { ["A"] = "a", ["B"] = "b" });

        var result = await table.UpdateAsync(new TableEntity("p", "r") { ["A"] = "a2" }, "*");
        var stored = await table.GetAsync("p", "r");

        Assert.True(result.Succeeded);
        Assert.Equal(["A"], stored?.Keys);
    }

    [Fact]
    public async Task Update_of_a_missing_entity_reports_NotFound()
    {
        var table = await azurite.CreateTableAsync();

        var result = await table.UpdateAsync(new TableEntity("p", "r"), "*");

        Assert.Equal(TableWriteOutcome.NotFound, result.Outcome);
        Assert.Null(await table.GetAsync("p", "r"));
    }

    [Fact]
    public async Task Update_needs_an_etag()
    {
        var table = await azurite.CreateTableAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => table.UpdateAsync(new TableEntity("p", "r"), string.Empty));
    }

    [Fact]
    public async Task Delete_with_the_current_etag_removes_the_entity()
    {
        var table = await azurite.CreateTableAsync();
        var inserted = await table.InsertAsync(new TableEntity("p", "r"));

        var result = await table.DeleteAsync("p", "r", inserted.ETag!);

        Assert.True(result.Succeeded);
        Assert.Null(await table.GetAsync("p", "r"));
    }

    [Fact]
    public async Task Delete_with_a_stale_etag_reports_PreconditionFailed_and_keeps_the_entity()
    {
        var table = await azurite.CreateTableAsync();
        var inserted = await table.InsertAsync(new TableEntity("p", "r") { ["A"] = "a" });
        await table.UpsertAsync(new TableEntity("p", "r") { ["A"] = "b" });

        var result = await table.DeleteAsync("p", "r", inserted.ETag!);

        Assert.Equal(TableWriteOutcome.PreconditionFailed, result.Outcome);
        Assert.NotNull(await table.GetAsync("p", "r"));
    }

    [Fact]
    public async Task Delete_of_a_missing_entity_reports_NotFound()
    {
        var table = await azurite.CreateTableAsync();

        Assert.Equal(TableWriteOutcome.NotFound, (await table.DeleteAsync("p", "nothing")).Outcome);
    }

    [Theory]
    [InlineData("it's")]
    [InlineData("space and (parens), comma=equals")]
    [InlineData("%25 percent & plus+")]
    [InlineData("åäö ✓ 日本")]
    [InlineData("")]
    public async Task Keys_with_unusual_but_allowed_characters_round_trip(string key)
    {
        var table = await azurite.CreateTableAsync();

        Assert.True((await table.InsertAsync(new TableEntity(key, key) { ["A"] = key })).Succeeded);
        Assert.Equal(key, (await table.GetAsync(key, key))?.GetString("A"));
        Assert.True((await table.UpdateAsync(new TableEntity(key, key), "*", TableUpdateMode.Merge)).Succeeded);
        Assert.True((await table.DeleteAsync(key, key)).Succeeded);
    }

    [Fact]
    public async Task Creating_an_existing_table_is_harmless_and_deleting_it_makes_writes_fail()
    {
        var table = await azurite.CreateTableAsync();
        await table.InsertAsync(new TableEntity("p", "r"));

        await table.CreateIfNotExistsAsync();
        Assert.NotNull(await table.GetAsync("p", "r"));

        await table.DeleteTableAsync();
        var error = await Assert.ThrowsAsync<RequestFailedException>(() => table.InsertAsync(new TableEntity("p", "r")));
        Assert.Equal(404, error.Status);
        Assert.Equal("TableNotFound", error.ErrorCode);
    }
}
