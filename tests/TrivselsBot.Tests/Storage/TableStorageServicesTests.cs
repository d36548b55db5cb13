using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TrivselsBot.Storage;
using Azure.Data.Tables;
using TrivselsBot.Testing;

namespace TrivselsBot.Tests.Storage;

public sealed class TableStorageServicesTests
{
    private static ServiceProvider Build(string? tablePrefix)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = "UseDevelopmentStorage=true",
            ["Storage:TablePrefix"] = tablePrefix,
        };
        return new ServiceCollection().AddTableStorage(new ConfigurationBuilder().AddInMemoryCollection(settings).Build()).BuildServiceProvider();
    }

    [Fact]
    public void Every_table_gets_the_configured_prefix()
    {
        using var provider = Build("staging1");

        var tables = provider.GetRequiredService<PrefixedTableService>();

        Assert.All(BotTables.All, name => Assert.Equal("staging1" + name, tables.GetTableClient(name).Name));
    }

    [Fact]
    public void Without_a_prefix_tables_keep_their_own_names()
    {
        using var provider = Build(null);

        var tables = provider.GetRequiredService<PrefixedTableService>();

        Assert.All(BotTables.All, name => Assert.Equal(name, tables.GetTableClient(name).Name));
    }

    [Theory]
    [InlineData("2staging1")]
    [InlineData("stag-ing1")]
    [InlineData("prøve1")]
    [InlineData("group")] // "group" + "aggregates" is the unprefixed installation's "groupaggregates"
    [InlineData("staging")] // and "staging" + "group…" would be the tables of an installation with the prefix "staginggroup"
    public void A_prefix_that_is_not_letters_and_digits_from_a_letter_to_a_digit_is_refused_with_the_rule(string prefix)
    {
        using var provider = Build(prefix);

        var refusal = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<TableStorageOptions>>().Value);

        Assert.Contains("Storage:TablePrefix must be letters and digits, starting with a letter and ending with a digit", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_prefix_may_be_as_long_as_leaves_the_longest_table_name_within_63_characters()
    {
        var longest = BotTables.All.Max(name => name.Length);
        using var fits = Build(new string('a', 62 - longest) + "1");
        using var tooLong = Build(new string('a', 63 - longest) + "1");

        Assert.Equal(63, fits.GetRequiredService<IOptions<TableStorageOptions>>().Value.TablePrefix!.Length + longest);
        var refusal = Assert.Throws<OptionsValidationException>(() => tooLong.GetRequiredService<IOptions<TableStorageOptions>>().Value);
        Assert.Contains($"at most {63 - longest} characters", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bot_with_a_bad_prefix_does_not_start_and_names_the_setting()
    {
        var e = await Assert.ThrowsAnyAsync<Exception>(() => BotUnderTest.StartAsync(AzuriteServer.ConnectionStringFor(LocalPorts.Free()),
            new Dictionary<string, string?> { [BotUnderTest.TablePrefixSetting] = "test-1" }));

        Assert.Contains("Storage:TablePrefix must be letters and digits", e.ToString(), StringComparison.Ordinal);
    }
}
