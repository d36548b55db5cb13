namespace TrivselsBot.TableStorage;

/// <summary>A PartitionKey or RowKey the Table service would refuse.</summary>
public sealed class TableKeyException : ArgumentException
{
    public TableKeyException(string message, string paramName)
        : base(message, paramName)
    {
    }
}
