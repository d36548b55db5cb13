using System.Diagnostics;

namespace TrivselsBot.Testing;

/// <summary>
/// An Azurite Table service on a free loopback port, from tools/node_modules: in memory, or kept in a folder
/// (<c>--location</c>) so that it can be stopped and started again with its data, as storage that goes away for a while.
/// </summary>
public sealed class AzuriteProcess : IDisposable
{
    public const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly int _port;
    private readonly string? _location;
    private Process _process;

    private AzuriteProcess(Process process, int port, string? location)
    {
        _process = process;
        _port = port;
        _location = location;
        ConnectionString = ConnectionStringFor(port);
    }

    public string ConnectionString { get; }

    public static string ConnectionStringFor(int port) =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};TableEndpoint=http://127.0.0.1:{port}/devstoreaccount1;";

    /// <param name="location">A folder to keep the tables in; null keeps them in memory (gone when the process stops).</param>
    public static async Task<AzuriteProcess> StartAsync(string? location = null)
    {
        var port = LocalPorts.Free();
        return new AzuriteProcess(await LaunchAsync(port, location), port, location);
    }

    /// <summary>
    /// Stops the service as an operator would (SIGTERM); the port then refuses connections. Azurite 3.37 writes its folder
    /// every 5 s and not on SIGTERM, so rows written in the last seconds before a stop are gone after <see cref="StartAgainAsync"/>.
    /// </summary>
    public async Task StopAsync()
    {
        if (_process.HasExited) return;
        await SignalAsync("-TERM");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
        }
    }

    /// <summary>SIGSTOP: the port still takes connections but nothing answers them, as storage that hangs instead of refusing.</summary>
    public Task FreezeAsync() => SignalAsync("-STOP");

    /// <summary>SIGCONT after <see cref="FreezeAsync"/>: it answers again, the requests held meanwhile included.</summary>
    public Task ThawAsync() => SignalAsync("-CONT");

    private async Task SignalAsync(string signal)
    {
        using var kill = Process.Start("kill", [signal, _process.Id.ToString()]);
        await kill.WaitForExitAsync();
    }

    /// <summary>Starts it again on the same port, with the data kept at its location.</summary>
    public async Task StartAgainAsync()
    {
        if (_location is null) throw new InvalidOperationException("An in-memory Azurite has nothing to start again with.");
        await StopAsync();
        _process.Dispose();
        _process = await LaunchAsync(_port, _location);
    }

    private static async Task<Process> LaunchAsync(int port, string? location)
    {
        string[] storage = location is null ? ["--inMemoryPersistence"] : ["--location", location];
        var process = Process.Start(new ProcessStartInfo(RepoPaths.Tool("azurite-table"),
            ["--tableHost", "127.0.0.1", "--tablePort", port.ToString(), .. storage, "--skipApiVersionCheck", "--disableProductStyleUrl"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        ProcessOutput.Drain(process);
        await LocalPorts.WaitUntilOpenAsync(port, TimeSpan.FromSeconds(30));
        return process;
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }
}
