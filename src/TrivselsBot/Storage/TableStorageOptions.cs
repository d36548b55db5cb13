namespace TrivselsBot.Storage;

/// <summary>Where the tables live (section "Storage"). Either a connection string or an endpoint used with managed identity.</summary>
public sealed class TableStorageOptions
{
    public const string Section = "Storage";

    /// <summary>"UseDevelopmentStorage=true" for Azurite, or the storage account's connection string.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>https://ACCOUNT.table.core.windows.net — used with DefaultAzureCredential when no connection string is set.</summary>
    public string? TableEndpoint { get; set; }
}
