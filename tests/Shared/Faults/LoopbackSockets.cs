using System.Globalization;

namespace TrivselsBot.Testing.Faults;

/// <summary>Which of a process's sockets are connected where, read from Linux's /proc (the same data ss and lsof show).</summary>
public static class LoopbackSockets
{
    private const string Established = "01";

    public static bool ProcessHasConnectionTo(int processId, int remotePort) => Connections(processId).Any(c => c.RemotePort == remotePort);

    /// <summary>Whether one of the process's connections leaves from <paramref name="localPort"/> (a server saw it as the client's port).</summary>
    public static bool ProcessHasConnectionFrom(int processId, int localPort) => Connections(processId).Any(c => c.LocalPort == localPort);

    private static List<(int LocalPort, int RemotePort)> Connections(int processId)
    {
        var inodes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var fd in Directory.EnumerateFiles($"/proc/{processId}/fd"))
        {
            var target = new FileInfo(fd).LinkTarget;
            if (target is not null && target.StartsWith("socket:[", StringComparison.Ordinal)) inodes.Add(target[8..^1]);
        }
        // Columns: sl local_address rem_address st tx:rx tr:when retrnsmt uid timeout inode …; addresses are HEX_IP:HEX_PORT.
        return File.ReadLines("/proc/net/tcp").Skip(1).Concat(File.ReadLines("/proc/net/tcp6").Skip(1))
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(c => c.Length > 9 && c[3] == Established && inodes.Contains(c[9]))
            .Select(c => (Port(c[1]), Port(c[2])))
            .ToList();
    }

    private static int Port(string address) => int.Parse(address[(address.LastIndexOf(':') + 1)..], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
}
