using System.Globalization;

namespace TrivselsBot.Testing.Faults;

/// <summary>Which of a process's sockets are connected where, read from Linux's /proc (the same data ss and lsof show).</summary>
public static class LoopbackSockets
{
    private const string Established = "01";

    public static bool ProcessHasConnectionTo(int processId, int remotePort)
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
            .Any(c => c.Length > 9 && c[3] == Established && inodes.Contains(c[9])
                && int.Parse(c[2][(c[2].LastIndexOf(':') + 1)..], NumberStyles.HexNumber, CultureInfo.InvariantCulture) == remotePort);
    }
}
