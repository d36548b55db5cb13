namespace TrivselsBot.BotConnector;

public sealed class ConnectorClientOptions
{
    /// <summary>Retries after the first attempt of a throttled (429) or transiently failed call.</summary>
    public int MaxRetries { get; set; } = 4;

    /// <summary>The median first backoff, doubled per retry with jitter; also the spread of the jitter added to Retry-After.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The longest single wait, a server's Retry-After included.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(60);
}
