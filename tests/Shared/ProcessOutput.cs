using System.Diagnostics;

namespace TrivselsBot.Testing;

public static class ProcessOutput
{
    /// <summary>Reads and drops a child's redirected output, so a full pipe never blocks it.</summary>
    public static void Drain(Process process)
    {
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }
}
