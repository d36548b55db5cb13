using System.Diagnostics;

namespace TrivselsBot.Testing;

/// <summary>An Azurite Table service in memory on a free loopback port, from tools/node_modules.</summary>
public sealed class AzuriteProcess : IDisposable
{
    public const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly Process _process;

    private AzuriteProcess(Process process, string connectionString)
    {
        _process = process;
        ConnectionString = connectionString;
    }

    public string ConnectionString { get; }

    public static string ConnectionStringFor(int port) =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};TableEndpoint=http://127.0.0.1:{port}/devstoreaccount1;";

    public static async Task<AzuriteProcess> StartAsync()
    {
        var port = LocalPorts.Free();
        var process = Process.Start(new ProcessStartInfo(RepoPaths.Tool("azurite-table"),
            ["--tableHost", "127.0.0.1", "--tablePort", port.ToString(), "--inMemoryPersistence", "--skipApiVersionCheck", "--disableProductStyleUrl"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        ProcessOutput.Drain(process);
        await LocalPorts.WaitUntilOpenAsync(port, TimeSpan.FromSeconds(30));
        return new AzuriteProcess(process, ConnectionStringFor(port));
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }
}
