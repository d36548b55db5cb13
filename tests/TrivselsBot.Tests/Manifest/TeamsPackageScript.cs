using System.Diagnostics;
using System.IO.Compression;
using TrivselsBot.Testing;

namespace TrivselsBot.Tests.Manifest;

public sealed record ScriptResult(int ExitCode, string Output, string Error);

/// <summary>Runs scripts/build-teams-package.sh the way an administrator does, with only the given configuration.</summary>
public static class TeamsPackageScript
{
    public const string AppId = "0b5e3c1a-7d2f-4e8b-9a61-3f2d8c4b7e10";
    public const string HostName = "trivselsbot.eksempel-kommune.dk";

    /// <summary>A settings file as an administrator writes it: appsettings.template.json's style, comments included.</summary>
    public static string SampleSettings(string appId = AppId, string hostName = HostName) => $$"""
        {
          // Azure portal > Azure Bot > Configuration > "Microsoft App ID"
          "Bot": { "AppId": "{{appId}}", "AppPassword": "" },
          /* The Teams app package */
          "TeamsApp": {
            "HostName": "{{hostName}}",
            "PrivacyUrl": "https://eksempel-kommune.dk/trivselsbot/privatliv",
            "TermsOfUseUrl": "https://eksempel-kommune.dk/trivselsbot/vilkaar",
            "DeveloperName": "Eksempel Kommune",
            "DeveloperWebsiteUrl": "https://eksempel-kommune.dk/it-support",
            "Version": "1.2.3",
          },
        }
        """;

    /// <summary>Writes <paramref name="settings"/> to a file and runs the script with it; inherited Bot__/TeamsApp__ variables are removed.</summary>
    public static async Task<ScriptResult> RunAsync(string settings, string? output, IDictionary<string, string>? environment = null)
    {
        var settingsFile = Path.Combine(RepoPaths.TestOutput("teams-package"), Guid.NewGuid().ToString("N") + ".settings.json");
        await File.WriteAllTextAsync(settingsFile, settings);
        var start = new ProcessStartInfo("bash", output is null
            ? [Path.Combine(RepoPaths.Root, "scripts", "build-teams-package.sh")]
            : [Path.Combine(RepoPaths.Root, "scripts", "build-teams-package.sh"), output])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("Bot__", StringComparison.OrdinalIgnoreCase) || k.StartsWith("TeamsApp__", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(key);
        }
        start.Environment["TRIVSELSBOT_SETTINGS"] = settingsFile;
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) start.Environment[key] = value;

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        File.Delete(settingsFile);
        return new ScriptResult(process.ExitCode, await stdout, await stderr);
    }

    /// <summary>A fresh, not yet existing zip path under test-output/teams-package.</summary>
    public static string FreshZipPath() => Path.Combine(RepoPaths.TestOutput("teams-package"), Guid.NewGuid().ToString("N"), "trivselsbot.zip");

    public static string Unzip(string zip)
    {
        var folder = Path.Combine(Path.GetDirectoryName(zip)!, Path.GetFileNameWithoutExtension(zip));
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        ZipFile.ExtractToDirectory(zip, folder);
        return folder;
    }
}

[CollectionDefinition(Name)]
public sealed class BuiltTeamsPackageCollection : ICollectionFixture<BuiltTeamsPackage>
{
    public const string Name = "Built Teams package";
}

/// <summary>The package built once with <see cref="TeamsPackageScript.SampleSettings"/> to the script's default path.</summary>
public sealed class BuiltTeamsPackage : IAsyncLifetime
{
    public string Zip { get; } = Path.Combine(RepoPaths.Root, "test-output", "teams-package", "trivselsbot.zip");

    public string Folder { get; private set; } = "";

    public ScriptResult Build { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (File.Exists(Zip)) File.Delete(Zip);
        Build = await TeamsPackageScript.RunAsync(TeamsPackageScript.SampleSettings(), output: null);
        if (Build.ExitCode != 0) throw new InvalidOperationException("build-teams-package.sh failed: " + Build.Error);
        Folder = TeamsPackageScript.Unzip(Zip);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public string PathOf(string file) => Path.Combine(Folder, file);
}
