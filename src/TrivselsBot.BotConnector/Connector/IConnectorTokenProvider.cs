namespace TrivselsBot.BotConnector;

/// <summary>Supplies the bearer token for calls to the Bot Connector service; null sends none.</summary>
public interface IConnectorTokenProvider
{
    Task<string?> GetTokenAsync(CancellationToken ct);
}
