using Azure.Data.Tables;

namespace TrivselsBot.Storage;

public static class TableDeletes
{
    /// <summary>
    /// Deletes the rows in batches of one partition each; when a batch fails because someone else deleted a row first,
    /// that batch's rows are deleted one by one (a missing row is no error), so running it twice is harmless.
    /// </summary>
    public static async Task DeleteRowsAsync(this TableClient table, IEnumerable<TableEntity> rows, CancellationToken ct)
    {
        foreach (var chunk in rows.GroupBy(r => r.PartitionKey, StringComparer.Ordinal).SelectMany(p => p.Chunk(TableWrites.MaxBatchSize)))
        {
            try
            {
                await table.SubmitBatchAsync(chunk.Select(TableWrites.Delete).ToList(), ct);
            }
            catch (TableTransactionFailedException)
            {
                foreach (var row in chunk) await table.DeleteRowAsync(row.PartitionKey, row.RowKey, ct: ct);
            }
        }
    }

    /// <summary>Deletes every row the filter matches, reading only their keys.</summary>
    public static async Task<int> DeleteWhereAsync(this TableClient table, string filter, CancellationToken ct)
    {
        var rows = new List<TableEntity>();
        await foreach (var row in table.QueryEntitiesAsync(filter, ["PartitionKey", "RowKey"], ct: ct)) rows.Add(row);
        await table.DeleteRowsAsync(rows, ct);
        return rows.Count;
    }
}
