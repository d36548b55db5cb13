namespace TrivselsBot.TableStorage;

/// <summary>A PartitionKey or RowKey the Table service would refuse.</summary>
public sealed class TableKeyException : ArgumentException
{
    public TableKeyException()
    {
    }

    public TableKeyException(string message)
        : base(message)
    {
    }

    public TableKeyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public TableKeyException(string message, string paramName)
        : base(message, paramName)
    {
    }
}
