using TrivselsBot.Testing;

namespace TrivselsBot.TableStorage.Tests;

/// <summary>The shared real Azurite (see tests/Shared/AzuriteServer.cs) with a table client on top.</summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    public const string WellKnownKey = AzuriteProcess.AccountKey;

    private readonly AzuriteServer _azurite = new();

    public TableConnection Connection { get; private set; } = null!;

    public TableServiceClient Service { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await _azurite.InitializeAsync();
        Connection = TableConnection.Parse(_azurite.ConnectionString);
        Service = new TableServiceClient(Connection);
    }

    public async Task<TableClient> CreateTableAsync()
    {
        var table = Service.GetTableClient("t" + Guid.NewGuid().ToString("N"));
        await table.CreateIfNotExistsAsync();
        return table;
    }

    public Task DisposeAsync() => _azurite.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class UsesAzurite : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
