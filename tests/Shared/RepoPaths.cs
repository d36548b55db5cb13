namespace TrivselsBot.Testing;

public static class RepoPaths
{
    /// <summary>The folder holding TrivselsBot.sln.</summary>
    public static string Root { get; } = FindRoot();

    public static string Tool(string name) => Path.Combine(Root, "tools", "node_modules", ".bin", name);

    public static string TestOutput(string folder)
    {
        var path = Path.Combine(Root, "test-output", folder);
        Directory.CreateDirectory(path);
        return path;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TrivselsBot.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("TrivselsBot.sln not found above " + AppContext.BaseDirectory);
    }
}
