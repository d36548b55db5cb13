using Azure.Core;

namespace TrivselsBot.TableStorage;

/// <summary>The HTTP shape of one entity write, shared by single calls and transactions.</summary>
internal readonly record struct TableEntityRequest(RequestMethod Method, string Path, TableEntity? Body, string? IfMatch)
{
    private static readonly RequestMethod Merge = new("MERGE");

    public static TableEntityRequest For(string tableName, TableTransactionAction action)
    {
        var entity = action.Entity;
        var path = EntityPath(tableName, entity.PartitionKey, entity.RowKey);
        return action.Type switch
        {
            TableTransactionActionType.Add => new(RequestMethod.Post, tableName, entity, null),
            TableTransactionActionType.UpsertReplace => new(RequestMethod.Put, path, entity, null),
            TableTransactionActionType.UpsertMerge => new(Merge, path, entity, null),
            TableTransactionActionType.UpdateReplace => new(RequestMethod.Put, path, entity, RequireETag(action.ETag)),
            TableTransactionActionType.UpdateMerge => new(Merge, path, entity, RequireETag(action.ETag)),
            TableTransactionActionType.Delete => new(RequestMethod.Delete, path, null, RequireETag(action.ETag)),
            _ => throw new ArgumentOutOfRangeException(nameof(action), action.Type, "Unknown transaction action type."),
        };
    }

    // Key literals double their quotes (OData) and are then percent-encoded for the path.
    public static string EntityPath(string tableName, string partitionKey, string rowKey) =>
        $"{tableName}(PartitionKey='{Escape(partitionKey)}',RowKey='{Escape(rowKey)}')";

    private static string RequireETag(string etag) => string.IsNullOrEmpty(etag)
        ? throw new ArgumentException("An update or delete needs an ETag to match, or \"*\" for any.", nameof(etag))
        : etag;

    private static string Escape(string key) => Uri.EscapeDataString(key.Replace("'", "''", StringComparison.Ordinal));
}
