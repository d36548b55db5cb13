using Azure.Data.Tables;

namespace TrivselsBot.Storage;

/// <summary>Reads that always return the row's keys, also when only some properties are selected (the service leaves them out).</summary>
public static class TableReads
{
    private static readonly string[] Keys = ["PartitionKey", "RowKey"];
    private static readonly HashSet<string> SystemProperties = new(StringComparer.Ordinal) { "PartitionKey", "RowKey", "Timestamp", "odata.etag" };

    /// <summary>The entity, or null when there is none with these keys (no exception for the absent case).</summary>
    public static async Task<TableEntity?> GetAsync(this TableClient table, string partitionKey, string rowKey, IEnumerable<string>? select = null, CancellationToken ct = default)
    {
        var found = await table.GetEntityIfExistsAsync<TableEntity>(partitionKey, rowKey, WithKeys(select), ct);
        return found.HasValue ? found.Value : null;
    }

    /// <summary>The entities matching <paramref name="filter"/> (built with <see cref="TableFilter"/>), page after page of at most <paramref name="pageSize"/>.</summary>
    public static IAsyncEnumerable<TableEntity> QueryEntitiesAsync(this TableClient table, string? filter = null, IEnumerable<string>? select = null, int? pageSize = null, CancellationToken ct = default) =>
        table.QueryAsync<TableEntity>(filter, pageSize, WithKeys(select), ct);

    /// <summary>The row's own properties: without its keys, Timestamp and the ETag the SDK keeps in the dictionary.</summary>
    public static IEnumerable<KeyValuePair<string, object?>> OwnProperties(this TableEntity row) =>
        row.Where(p => !SystemProperties.Contains(p.Key))!;

    private static List<string>? WithKeys(IEnumerable<string>? select) =>
        select is null ? null : Keys.Concat(select).Distinct(StringComparer.Ordinal).ToList();
}
