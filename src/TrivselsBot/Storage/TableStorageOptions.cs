namespace TrivselsBot.Storage;

/// <summary>Where the tables live (section "Storage"). Either a connection string or an endpoint used with managed identity.</summary>
public sealed class TableStorageOptions
{
    public const string Section = "Storage";

    /// <summary>"UseDevelopmentStorage=true" for Azurite, or the storage account's connection string.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>https://ACCOUNT.table.core.windows.net — used with DefaultAzureCredential when no connection string is set.</summary>
    public string? TableEndpoint { get; set; }

    /// <summary>
    /// Optional; put in front of every table name so several installations (test and production) can share one
    /// storage account without seeing each other's teams. Letters and digits, starting with a letter and ending with a
    /// digit ("staging1"): no table name has a digit, so no prefixed name can be another installation's table (without
    /// it, "group" + "aggregates" would be the unprefixed installation's "groupaggregates"). Azure ignores case in table
    /// names, so "Staging1" and "staging1" are the same tables.
    /// </summary>
    public string? TablePrefix { get; set; }

    /// <summary>Azure's 63-character limit on table names, less the longest name the bot uses.</summary>
    public static int MaxTablePrefixLength { get; } = 63 - BotTables.All.Max(name => name.Length);

    public static string TablePrefixRule { get; } =
        $"letters and digits, starting with a letter and ending with a digit (e.g. staging1), at most {MaxTablePrefixLength} characters (Azure allows table names of 63).";

    public bool HasValidTablePrefix => IsValidTablePrefix(TablePrefix);

    public static bool IsValidTablePrefix(string? prefix) =>
        string.IsNullOrEmpty(prefix)
        || (prefix.Length <= MaxTablePrefixLength && char.IsAsciiLetter(prefix[0]) && prefix.All(char.IsAsciiLetterOrDigit) && char.IsAsciiDigit(prefix[^1]));
}
