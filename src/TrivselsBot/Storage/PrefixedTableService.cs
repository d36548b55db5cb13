using Azure.Data.Tables;

namespace TrivselsBot.Storage;

/// <summary>
/// The one place <c>Storage:TablePrefix</c> is applied: every table the bot addresses is named prefix + name, so several
/// installations sharing one storage account keep apart.
/// </summary>
public sealed class PrefixedTableService
{
    private readonly TableServiceClient _service;

    public PrefixedTableService(TableServiceClient service, string? prefix = null)
    {
        ArgumentNullException.ThrowIfNull(service);
        if (!TableStorageOptions.IsValidTablePrefix(prefix))
        {
            throw new ArgumentException($"'{prefix}' is not a valid table prefix: {TableStorageOptions.TablePrefixRule}", nameof(prefix));
        }
        _service = service;
        Prefix = prefix ?? "";
    }

    public string Prefix { get; }

    /// <summary>The table named prefix + <paramref name="tableName"/>; its <see cref="TableClient.Name"/> is that full name.</summary>
    public TableClient GetTableClient(string tableName) => _service.GetTableClient(Prefix + tableName);

    /// <summary>For Azurite and the tests: a connection string and an optional prefix, with the bot's client options.</summary>
    public static PrefixedTableService FromConnectionString(string connectionString, string? prefix = null) =>
        new(new TableServiceClient(connectionString, TableStorageServices.ClientOptions()), prefix);
}
