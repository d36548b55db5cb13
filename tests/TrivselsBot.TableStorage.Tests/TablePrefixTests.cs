namespace TrivselsBot.TableStorage.Tests;

[Collection(UsesAzurite.Name)]
public sealed class TablePrefixTests(AzuriteFixture azurite)
{
    private static string NewPrefix() => "p" + Guid.NewGuid().ToString("N")[..10];

    private TableServiceClient ClientWith(string prefix) => new(azurite.Connection, tablePrefix: prefix);

    [Fact]
    public async Task Two_prefixes_on_one_account_keep_tables_of_the_same_name_apart()
    {
        var first = ClientWith(NewPrefix()).GetTableClient("teams");
        var second = ClientWith(NewPrefix()).GetTableClient("teams");
        await first.CreateIfNotExistsAsync();
        await second.CreateIfNotExistsAsync();

        await first.InsertAsync(new TableEntity("tenant", "team") { ["Owner"] = "first" });
        await second.SubmitTransactionAsync(
        [
            new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("tenant", "team") { ["Owner"] = "second" }),
            new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("tenant", "other") { ["Owner"] = "second" }),
        ]);

        Assert.Equal("first", (await first.GetAsync("tenant", "team"))?.GetString("Owner"));
        Assert.Equal("second", (await second.GetAsync("tenant", "team"))?.GetString("Owner"));
        Assert.Equal(["team"], await first.QueryAsync().Select(entity => entity.RowKey).ToListAsync());
        Assert.Equal(["other", "team"], await second.QueryAsync().Select(entity => entity.RowKey).ToListAsync());
    }

    [Fact]
    public async Task A_prefixed_table_is_the_account_table_named_prefix_plus_name()
    {
        var prefix = NewPrefix();
        var prefixed = ClientWith(prefix).GetTableClient("teams");
        await prefixed.CreateIfNotExistsAsync();
        await prefixed.InsertAsync(new TableEntity("tenant", "team") { ["Owner"] = "prefixed" });

        var unprefixed = azurite.Service.GetTableClient(prefix + "teams");

        Assert.Equal(prefix + "teams", prefixed.Name);
        Assert.Equal("prefixed", (await unprefixed.GetAsync("tenant", "team"))?.GetString("Owner"));
    }

    [Theory]
    [InlineData("1abc")]
    [InlineData("a-b")]
    [InlineData("a_b")]
    [InlineData("tæst")]
    [InlineData(" a")]
    public void A_prefix_that_is_not_letters_and_digits_from_a_letter_is_refused(string prefix)
    {
        var refusal = Assert.Throws<ArgumentException>(() => ClientWith(prefix));

        Assert.Contains("not a valid table-name prefix", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_prefix_must_leave_room_for_a_table_name()
    {
        Assert.NotNull(ClientWith(new string('a', 60)));
        Assert.Throws<ArgumentException>(() => ClientWith(new string('a', 61)));
    }

    [Fact]
    public void A_prefix_that_makes_a_name_too_long_is_refused_when_the_table_is_addressed()
    {
        var client = ClientWith(new string('a', 55));

        Assert.Equal(new string('a', 55) + "answers", client.GetTableClient("answers").Name);
        Assert.Throws<ArgumentException>(() => client.GetTableClient("aggregates0"));
    }
}
