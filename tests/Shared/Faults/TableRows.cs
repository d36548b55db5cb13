using Azure.Data.Tables;

namespace TrivselsBot.Testing.Faults;

/// <summary>
/// Every row of every table a bot with the given prefix owns, read straight from storage (not through the bot): what a
/// scenario compares before and after, and where it looks for half-written answers.
/// </summary>
public sealed class TableRows
{
    private TableRows(Dictionary<RowAddress, TableEntity> rows) => Rows = rows;

    public IReadOnlyDictionary<RowAddress, TableEntity> Rows { get; }

    public static async Task<TableRows> ReadAsync(string connectionString, string prefix, CancellationToken ct = default)
    {
        var service = new TableServiceClient(connectionString);
        var rows = new Dictionary<RowAddress, TableEntity>();
        await foreach (var table in service.QueryAsync(t => t.Name.CompareTo(prefix) >= 0 && t.Name.CompareTo(prefix + "{") < 0, cancellationToken: ct))
        {
            var name = table.Name[prefix.Length..];
            await foreach (var row in service.GetTableClient(table.Name).QueryAsync<TableEntity>(cancellationToken: ct))
            {
                rows[new RowAddress(name, row.PartitionKey, row.RowKey)] = row;
            }
        }
        return new TableRows(rows);
    }

    /// <summary>The rows of one table (its name without the prefix).</summary>
    public IEnumerable<TableEntity> In(string table) => Rows.Where(r => r.Key.Table == table).Select(r => r.Value);

    /// <summary>Rows added, changed (another ETag) or removed since <paramref name="before"/>.</summary>
    public IReadOnlyList<RowAddress> ChangedSince(TableRows before) =>
        Rows.Where(r => !before.Rows.TryGetValue(r.Key, out var old) || old.ETag != r.Value.ETag).Select(r => r.Key)
            .Concat(before.Rows.Keys.Where(k => !Rows.ContainsKey(k)))
            .ToList();
}

public sealed record RowAddress(string Table, string PartitionKey, string RowKey)
{
    public override string ToString() => $"{Table}/{PartitionKey}/{RowKey}";
}
