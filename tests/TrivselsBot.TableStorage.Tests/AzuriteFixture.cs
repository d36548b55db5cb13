using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace TrivselsBot.TableStorage.Tests;

/// <summary>
/// A real Azurite table service: the one named by TRIVSELSBOT_TEST_TABLES (a connection string) when set,
/// otherwise one started here on a free port and stopped on dispose.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    public const string WellKnownKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private Process? _azurite;

    public TableConnection Connection { get; private set; } = null!;

    public TableServiceClient Service { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var connectionString = Environment.GetEnvironmentVariable("TRIVSELSBOT_TEST_TABLES");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            var port = FreePort();
            _azurite = StartAzurite(port);
            await WaitUntilListeningAsync(_azurite, port);
            connectionString = $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={WellKnownKey};TableEndpoint=http://127.0.0.1:{port}/devstoreaccount1;";
        }

        Connection = TableConnection.Parse(connectionString);
        Service = new TableServiceClient(Connection);
    }

    public async Task<TableClient> CreateTableAsync()
    {
        var table = Service.GetTableClient("t" + Guid.NewGuid().ToString("N"));
        await table.CreateIfNotExistsAsync();
        return table;
    }

    public Task DisposeAsync()
    {
        if (_azurite is { HasExited: false })
        {
            _azurite.Kill(entireProcessTree: true);
        }

        _azurite?.Dispose();
        return Task.CompletedTask;
    }

    private static Process StartAzurite(int port)
    {
        var start = new ProcessStartInfo(Path.Combine(RepositoryRoot(), "tools", "node_modules", ".bin", "azurite-table"))
        {
            WorkingDirectory = Directory.CreateTempSubdirectory("azurite").FullName,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "--tableHost", "127.0.0.1", "--tablePort", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--inMemoryPersistence", "--skipApiVersionCheck", "--disableProductStyleUrl", "--silent" })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Azurite did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task WaitUntilListeningAsync(Process azurite, int port)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline && !azurite.HasExited)
            {
                await Task.Delay(100);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "TrivselsBot.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("TrivselsBot.sln was not found above the test assembly; set TRIVSELSBOT_TEST_TABLES instead.");
    }
}

[CollectionDefinition(Name)]
public sealed class UsesAzurite : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
