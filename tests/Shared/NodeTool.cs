using System.Diagnostics;
using System.Text.Json;

namespace TrivselsBot.Testing;

/// <summary>The outcome of a tools/*.mjs script that prints one JSON object per line.</summary>
public sealed record NodeToolResult(int ExitCode, IReadOnlyList<JsonElement> Lines, string Error);

public static class NodeTool
{
    /// <summary>Runs tools/<paramref name="script"/> with node and parses every line it prints as JSON.</summary>
    public static async Task<NodeToolResult> RunAsync(string script, params string[] arguments)
    {
        var start = new ProcessStartInfo("node", [Path.Combine(RepoPaths.Root, "tools", script), .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var lines = (await stdout).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement.Clone())
            .ToList();
        return new NodeToolResult(process.ExitCode, lines, await stderr);
    }
}
