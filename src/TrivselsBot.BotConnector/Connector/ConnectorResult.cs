namespace TrivselsBot.BotConnector;

public enum ConnectorOutcome
{
    Success,

    /// <summary>The conversation cannot be written to (403: blocked, bot removed or disabled; 404: gone). Retrying will not help.</summary>
    Unreachable,

    /// <summary>Anything else, retries exhausted included.</summary>
    Failed,
}

public sealed class ConnectorResult<T>
{
    public ConnectorOutcome Outcome { get; init; }
    public T? Value { get; init; }

    /// <summary>The HTTP status of the last attempt; null when no response came.</summary>
    public int? StatusCode { get; init; }

    /// <summary>The error's <c>subCode</c>, else its <c>error.code</c>.</summary>
    public string? ErrorCode { get; init; }

    /// <summary>The last response's Retry-After.</summary>
    public TimeSpan? RetryAfter { get; init; }

    public bool Succeeded => Outcome == ConnectorOutcome.Success;
}
