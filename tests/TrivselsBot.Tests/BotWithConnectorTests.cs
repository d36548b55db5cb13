using TrivselsBot.Testing;

namespace TrivselsBot.Tests;

/// <summary>The real bot on Azurite, with a local Bot Connector that records what it sends. One pair per test.</summary>
public abstract class BotWithConnectorTests(AzuriteServer azurite) : IAsyncLifetime
{
    protected RecordingConnector Connector { get; private set; } = null!;

    protected BotUnderTest Bot { get; private set; } = null!;

    protected AzuriteServer Azurite => azurite;

    public async Task InitializeAsync()
    {
        Connector = await RecordingConnector.StartAsync();
        Bot = await BotUnderTest.StartAsync(azurite.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        await Bot.DisposeAsync();
        await Connector.DisposeAsync();
    }
}
