namespace TrivselsBot.TableStorage;

public enum TableTransactionActionType
{
    Add,
    UpsertReplace,
    UpsertMerge,
    UpdateReplace,
    UpdateMerge,
    Delete,
}

/// <summary>One action of an entity group transaction; <paramref name="ETag"/> is the If-Match value of updates and deletes.</summary>
public sealed record TableTransactionAction(TableTransactionActionType Type, TableEntity Entity, string ETag = "*");
