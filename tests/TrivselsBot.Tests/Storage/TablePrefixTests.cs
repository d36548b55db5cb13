using Azure.Data.Tables;
using TrivselsBot.Storage;
using TrivselsBot.Testing;

namespace TrivselsBot.Tests.Storage;

/// <summary>Storage:TablePrefix on Azure.Data.Tables, on Azurite: installations sharing an account never meet.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class TablePrefixTests(AzuriteServer azurite)
{
    private static string NewPrefix() => "p" + Guid.NewGuid().ToString("N")[..10] + "1";

    private PrefixedTableService With(string prefix) => PrefixedTableService.FromConnectionString(azurite.ConnectionString, prefix);

    [Fact]
    public async Task Two_prefixes_on_one_account_keep_tables_batches_and_queries_of_the_same_name_apart()
    {
        var first = With(NewPrefix()).GetTableClient("teams");
        var second = With(NewPrefix()).GetTableClient("teams");
        await first.CreateIfNotExistsAsync();
        await second.CreateIfNotExistsAsync();

        await first.InsertAsync(new TableEntity("tenant", "team") { ["Owner"] = "first" });
        await second.SubmitBatchAsync(
        [
            new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("tenant", "team") { ["Owner"] = "second" }),
            new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("tenant", "other") { ["Owner"] = "second" }),
        ]);

        Assert.Equal("first", (await first.GetAsync("tenant", "team"))?.GetString("Owner"));
        Assert.Equal("second", (await second.GetAsync("tenant", "team"))?.GetString("Owner"));
        Assert.Equal(["team"], await first.QueryEntitiesAsync().Select(entity => entity.RowKey).ToListAsync());
        Assert.Equal(["other", "team"], await second.QueryEntitiesAsync().Select(entity => entity.RowKey).ToListAsync());
    }

    [Fact]
    public async Task A_prefixed_table_is_the_account_table_named_prefix_plus_name()
    {
        var prefix = NewPrefix();
        var prefixed = With(prefix).GetTableClient("teams");
        await prefixed.CreateIfNotExistsAsync();
        await prefixed.InsertAsync(new TableEntity("tenant", "team") { ["Owner"] = "prefixed" });

        var unprefixed = new TableServiceClient(azurite.ConnectionString).GetTableClient(prefix + "teams");

        Assert.Equal(prefix + "teams", prefixed.Name);
        Assert.Equal("prefixed", (await unprefixed.GetAsync("tenant", "team"))?.GetString("Owner"));
    }

    [Theory]
    [InlineData("1abc1")]
    [InlineData("a-b1")]
    [InlineData("a_b1")]
    [InlineData("tæst1")]
    [InlineData(" a1")]
    [InlineData("staging")]
    public void A_prefix_that_is_not_letters_and_digits_from_a_letter_to_a_digit_is_refused(string prefix)
    {
        var refusal = Assert.Throws<ArgumentException>(() => With(prefix));

        Assert.Contains("not a valid table prefix", refusal.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// Every valid prefix ends with a digit and no table name holds one, so prefix + name splits one way only: no two
    /// installations (nor the unprefixed one) share a table name, also as Azure compares them, without case.
    /// </summary>
    [Fact]
    public void No_prefix_produces_a_table_name_of_another_installation()
    {
        Assert.All(BotTables.All, name => Assert.DoesNotContain(name, char.IsAsciiDigit));
        string[] prefixes = ["", "a1", "A1", "a11", "a1a1", "group1", "staging1", "staging12", "s1answers1", "x" + new string('9', TableStorageOptions.MaxTablePrefixLength - 1)];
        Assert.All(prefixes, prefix => Assert.True(TableStorageOptions.IsValidTablePrefix(prefix), prefix));

        var owners = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var prefix in prefixes.DistinctBy(p => p.ToLowerInvariant()))
        {
            foreach (var name in BotTables.All)
            {
                var full = With(prefix).GetTableClient(name).Name;
                Assert.True(owners.TryAdd(full, prefix), $"'{full}' is a table of both '{owners.GetValueOrDefault(full)}' and '{prefix}'");
                Assert.InRange(full.Length, 3, 63);
            }
        }
    }
}
