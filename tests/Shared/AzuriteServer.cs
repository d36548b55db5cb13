namespace TrivselsBot.Testing;

/// <summary>
/// A real Azurite Table service. test.sh starts one and passes its connection string in TRIVSELSBOT_TEST_TABLES;
/// when that is absent (a test run from an IDE), one is started here and stopped on dispose.
/// </summary>
public sealed class AzuriteServer : IAsyncLifetime
{
    private AzuriteProcess? _process;

    public string ConnectionString { get; private set; } = "";

    public static string ConnectionStringFor(int port) => AzuriteProcess.ConnectionStringFor(port);

    public async Task InitializeAsync()
    {
        if (Environment.GetEnvironmentVariable("TRIVSELSBOT_TEST_TABLES") is { Length: > 0 } given)
        {
            ConnectionString = given;
            return;
        }
        _process = await AzuriteProcess.StartAsync();
        ConnectionString = _process.ConnectionString;
    }

    public Task DisposeAsync()
    {
        _process?.Dispose();
        return Task.CompletedTask;
    }
}
