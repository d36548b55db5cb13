using Azure;
using Azure.Data.Tables;

namespace TrivselsBot.Storage;

/// <summary>
/// The writes whose conflicts are part of the product's logic (insert-if-absent, update-if-unchanged) answer with a
/// <see cref="TableWriteResult"/> instead of an exception; any other failure still throws <see cref="RequestFailedException"/>.
/// Azure.Data.Tables has no non-throwing form of add, update or delete (only of reads: GetEntityIfExists), so the
/// expected 409/412/404 are caught here, in one place, and nowhere else.
/// </summary>
public static class TableWrites
{
    public const int MaxBatchSize = 100;

    /// <summary>Adds the entity; <see cref="TableWriteOutcome.AlreadyExists"/> when one with its keys is there.</summary>
    public static async Task<TableWriteResult> InsertAsync(this TableClient table, TableEntity entity, CancellationToken ct = default)
    {
        try
        {
            return Written(await table.AddEntityAsync(entity, ct));
        }
        catch (RequestFailedException e) when (e.Status == 409 && e.ErrorCode == "EntityAlreadyExists")
        {
            return new TableWriteResult(TableWriteOutcome.AlreadyExists);
        }
    }

    /// <summary>Writes only if the stored entity still has <paramref name="ifMatch"/> (<see cref="ETag.All"/> matches any existing one).</summary>
    public static async Task<TableWriteResult> UpdateAsync(this TableClient table, TableEntity entity, ETag ifMatch, TableUpdateMode mode = TableUpdateMode.Replace, CancellationToken ct = default)
    {
        try
        {
            return Written(await table.UpdateEntityAsync(entity, ifMatch, mode, ct));
        }
        catch (RequestFailedException e) when (Conflict(e) is { } outcome)
        {
            return new TableWriteResult(outcome);
        }
    }

    /// <summary>Deletes the row if it still has <paramref name="ifMatch"/> (default: whatever it has); a missing row is <see cref="TableWriteOutcome.NotFound"/>.</summary>
    public static async Task<TableWriteResult> DeleteRowAsync(this TableClient table, string partitionKey, string rowKey, ETag? ifMatch = null, CancellationToken ct = default)
    {
        try
        {
            var response = await table.DeleteEntityAsync(partitionKey, rowKey, ifMatch ?? ETag.All, ct);
            return new TableWriteResult(response.Status == 404 ? TableWriteOutcome.NotFound : TableWriteOutcome.Success);
        }
        catch (RequestFailedException e) when (Conflict(e) is { } outcome)
        {
            return new TableWriteResult(outcome);
        }
    }

    /// <summary>
    /// Applies up to 100 actions on one partition as one entity group transaction: all are written or none. More actions
    /// or several partitions are refused here, with a clear message, before anything is sent (the SDK would send them and
    /// fail on the service's answer). A refusal by the service throws <see cref="TableTransactionFailedException"/>.
    /// </summary>
    public static async Task SubmitBatchAsync(this TableClient table, IReadOnlyCollection<TableTransactionAction> actions, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actions);
        if (actions.Count is 0 or > MaxBatchSize)
        {
            throw new ArgumentException($"A table transaction holds 1 to {MaxBatchSize} actions; this one has {actions.Count}.", nameof(actions));
        }
        if (actions.Select(a => a.Entity.PartitionKey).Distinct(StringComparer.Ordinal).Skip(1).Any())
        {
            throw new ArgumentException("A table transaction must stay in one partition.", nameof(actions));
        }
        await table.SubmitTransactionAsync(actions, ct);
    }

    /// <summary>The delete actions for these rows, whatever their ETags (a row someone changed meanwhile is still removed).</summary>
    public static TableTransactionAction Delete(ITableEntity row) => new(TableTransactionActionType.Delete, row, ETag.All);

    private static TableWriteResult Written(Response response) =>
        new(TableWriteOutcome.Success, response.Headers.ETag);

    private static TableWriteOutcome? Conflict(RequestFailedException e) => e.Status switch
    {
        412 => TableWriteOutcome.PreconditionFailed,
        404 when e.ErrorCode == "ResourceNotFound" => TableWriteOutcome.NotFound,
        _ => null,
    };
}
