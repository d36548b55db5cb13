using Azure.Data.Tables;
using TrivselsBot.Storage;
using TrivselsBot.Testing;

namespace TrivselsBot.Tests.Storage;

public sealed class TableFilterTests
{
    [Fact]
    public void String_literals_are_quoted_with_inner_quotes_doubled()
    {
        Assert.Equal("Name eq 'O''Brien'", TableFilter.Equal("Name", "O'Brien"));
    }

    [Fact]
    public void Range_and_prefix_filters_compare_strings()
    {
        Assert.Equal("RowKey ge 'a'", TableFilter.GreaterThanOrEqual("RowKey", "a"));
        Assert.Equal("RowKey lt 'b'", TableFilter.LessThan("RowKey", "b"));
        Assert.Equal("(RowKey ge 'ab') and (RowKey lt 'ac')", TableFilter.StartsWith("RowKey", "ab"));
    }

    [Fact]
    public void Combinators_parenthesise_each_operand()
    {
        Assert.Equal("(A eq 1) and ((B eq 2) or (C eq 3))", TableFilter.And(TableFilter.Equal("A", 1), TableFilter.Or(TableFilter.Equal("B", 2), TableFilter.Equal("C", 3))));
        Assert.Equal("A eq 1", TableFilter.And(TableFilter.Equal("A", 1)));
        Assert.Throws<ArgumentException>(() => TableFilter.Or());
    }

    [Theory]
    [InlineData("Name eq 'x' or true")]
    [InlineData("1abc")]
    [InlineData("")]
    public void Property_names_must_be_identifiers(string property)
    {
        Assert.Throws<ArgumentException>(() => TableFilter.Equal(property, "x"));
    }
}

[Collection(AzuriteCollection.Name)]
public sealed class TableFilterQueryTests(AzuriteServer azurite) : IAsyncLifetime
{
    private TableClient _table = null!;

    public async Task InitializeAsync() => _table = await ScratchTable.CreateAsync(azurite);

    public Task DisposeAsync() => _table.DeleteAsync();

    [Fact]
    public async Task StartsWith_returns_exactly_the_keys_with_the_prefix()
    {
        foreach (var rowKey in new[] { "ab", "ab\uFFFF", "abc", "abz~", "aa", "ac", "b" }) await _table.InsertAsync(new TableEntity("p", rowKey));

        var found = await _table.QueryEntitiesAsync(TableFilter.And(TableFilter.Equal("PartitionKey", "p"), TableFilter.StartsWith("RowKey", "ab"))).ToListAsync();

        Assert.Equal(["ab", "abc", "abz~", "ab\uFFFF"], found.Select(entity => entity.RowKey).Order(StringComparer.Ordinal));
    }

    // Azurite compares datetimes to the millisecond (Azure to the tick), so the near miss is a millisecond off.
    [Fact]
    public async Task Typed_filters_match_typed_properties()
    {
        var id = Guid.NewGuid();
        var at = new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);
        await _table.InsertAsync(new TableEntity("p", "hit") { ["Count"] = 7, ["Big"] = 9_000_000_000L, ["Done"] = true, ["Id"] = id, ["At"] = at });
        await _table.InsertAsync(new TableEntity("p", "miss") { ["Count"] = 8, ["Big"] = 9_000_000_001L, ["Done"] = false, ["Id"] = Guid.NewGuid(), ["At"] = at.AddMilliseconds(1) });

        foreach (var filter in new[] { TableFilter.Equal("Count", 7), TableFilter.Equal("Big", 9_000_000_000L), TableFilter.Equal("Done", true), TableFilter.Equal("Id", id), TableFilter.Equal("At", at) })
        {
            var found = await _table.QueryEntitiesAsync(filter).ToListAsync();
            Assert.Equal("hit", Assert.Single(found).RowKey);
        }
    }
}
