using System.Diagnostics;

namespace TrivselsBot.Testing;

/// <summary>
/// A real PostgreSQL server. test.sh starts one and passes its connection string in TRIVSELSBOT_TEST_POSTGRES;
/// when that is absent (a test run from an IDE), a throw-away cluster is started here from Debian's binaries.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private const string Variable = "TRIVSELSBOT_TEST_POSTGRES";

    private DirectoryInfo? _cluster;

    public string ConnectionString { get; private set; } = "";

    /// <summary>The newest installed server's bin directory (Debian keeps it off PATH), or null.</summary>
    public static string? BinDirectory { get; } = Directory.Exists("/usr/lib/postgresql")
        ? Directory.GetDirectories("/usr/lib/postgresql")
            .Select(major => Path.Combine(major, "bin"))
            .Where(bin => File.Exists(Path.Combine(bin, "initdb")))
            .OrderBy(bin => int.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), out var v) ? v : 0)
            .LastOrDefault()
        : null;

    public static bool IsAvailable => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } || BinDirectory is not null;

    public async Task InitializeAsync()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } given)
        {
            ConnectionString = given;
            return;
        }
        _cluster = Directory.CreateTempSubdirectory("trivselsbot-postgres-");
        if (Environment.IsPrivilegedProcess) await RunAsync("chown", "postgres", _cluster.FullName);
        var port = LocalPorts.Free();
        await RunAsPostgresAsync("initdb", "-D", DataDirectory, "-U", "postgres", "-A", "trust", "--no-sync");
        await RunAsPostgresAsync("pg_ctl", "-D", DataDirectory, "-l", Path.Combine(_cluster.FullName, "postgres.log"), "-w",
            "-o", $"-c listen_addresses=127.0.0.1 -p {port} -k {_cluster.FullName} -c fsync=off", "start");
        await RunAsPostgresAsync("createdb", "-h", "127.0.0.1", "-p", port.ToString(), "-U", "postgres", "trivselsbot_test");
        ConnectionString = $"Host=127.0.0.1;Port={port};Username=postgres;Database=trivselsbot_test";
    }

    public async Task DisposeAsync()
    {
        if (_cluster is null) return;
        await RunAsPostgresAsync("pg_ctl", "-D", DataDirectory, "-m", "immediate", "stop");
        _cluster.Delete(recursive: true);
    }

    private string DataDirectory => Path.Combine(_cluster!.FullName, "data");

    /// <summary>PostgreSQL refuses to run as root, so root runs it as the postgres user.</summary>
    private static Task RunAsPostgresAsync(string tool, params string[] args)
    {
        var path = Path.Combine(BinDirectory ?? throw new InvalidOperationException("PostgreSQL is not installed (apt-get install postgresql)."), tool);
        return Environment.IsPrivilegedProcess ? RunAsync("runuser", ["-u", "postgres", "--", path, .. args]) : RunAsync(path, args);
    }

    private static async Task RunAsync(string file, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(file, args)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        })!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} exited with {process.ExitCode}: {await output}{error}");
        }
    }
}

/// <summary>A fact that needs PostgreSQL: skipped, saying why, only on a machine without its binaries (test.sh installs them).</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (!PostgresServer.IsAvailable) Skip = "PostgreSQL is not installed here (apt-get install postgresql, or run ./test.sh).";
    }
}
