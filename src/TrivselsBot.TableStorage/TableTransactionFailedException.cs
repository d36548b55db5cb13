using Azure;

namespace TrivselsBot.TableStorage;

/// <summary>An entity group transaction the service refused as a whole; nothing of it was written.</summary>
public sealed class TableTransactionFailedException : RequestFailedException
{
    public TableTransactionFailedException(int status, string message, string? errorCode, int? failedActionIndex)
        : base(status, message, errorCode, null)
    {
        FailedActionIndex = failedActionIndex;
    }

    /// <summary>The zero-based index of the action the service blamed, when it named one.</summary>
    public int? FailedActionIndex { get; }
}
