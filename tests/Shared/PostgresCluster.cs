using System.Diagnostics;

namespace TrivselsBot.Testing;

/// <summary>A throw-away PostgreSQL cluster on a free loopback port, from Debian's binaries, as scripts/lib.sh start_postgres makes one.</summary>
public sealed class PostgresCluster : IAsyncDisposable
{
    private readonly DirectoryInfo _folder;

    private PostgresCluster(DirectoryInfo folder, string connectionString)
    {
        _folder = folder;
        ConnectionString = connectionString;
    }

    public string ConnectionString { get; }

    /// <summary>The newest installed server's bin directory (Debian keeps it off PATH), or null.</summary>
    public static string? BinDirectory { get; } = Directory.Exists("/usr/lib/postgresql")
        ? Directory.GetDirectories("/usr/lib/postgresql")
            .Select(major => Path.Combine(major, "bin"))
            .Where(bin => File.Exists(Path.Combine(bin, "initdb")))
            .OrderBy(bin => int.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), out var v) ? v : 0)
            .LastOrDefault()
        : null;

    public static async Task<PostgresCluster> StartAsync()
    {
        var folder = Directory.CreateTempSubdirectory("trivselsbot-postgres-");
        if (Environment.IsPrivilegedProcess) await RunAsync("chown", "postgres", folder.FullName);
        var port = LocalPorts.Free();
        var data = Path.Combine(folder.FullName, "data");
        await RunAsPostgresAsync("initdb", "-D", data, "-U", "postgres", "-A", "trust", "--no-sync");
        await RunAsPostgresAsync("pg_ctl", "-D", data, "-l", Path.Combine(folder.FullName, "postgres.log"), "-w",
            "-o", $"-c listen_addresses=127.0.0.1 -p {port} -k {folder.FullName} -c fsync=off", "start");
        await RunAsPostgresAsync("createdb", "-h", "127.0.0.1", "-p", port.ToString(), "-U", "postgres", "trivselsbot_test");
        return new PostgresCluster(folder, $"Host=127.0.0.1;Port={port};Username=postgres;Database=trivselsbot_test");
    }

    public async ValueTask DisposeAsync()
    {
        await RunAsPostgresAsync("pg_ctl", "-D", Path.Combine(_folder.FullName, "data"), "-m", "immediate", "stop");
        _folder.Delete(recursive: true);
    }

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
