namespace TrivselsBot.BotConnector;

/// <summary>For a local emulator (the Agents Playground) that expects no Authorization header.</summary>
public sealed class AnonymousConnectorTokenProvider : IConnectorTokenProvider
{
    public Task<string?> GetTokenAsync(CancellationToken ct) => Task.FromResult<string?>(null);
}
