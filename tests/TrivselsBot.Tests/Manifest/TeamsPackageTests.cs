using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;
using TrivselsBot.Testing;

namespace TrivselsBot.Tests.Manifest;

/// <summary>The zip scripts/build-teams-package.sh builds from manifest/ and a sample configuration.</summary>
[Collection(BuiltTeamsPackageCollection.Name)]
public sealed class TeamsPackageTests(BuiltTeamsPackage package)
{
    [Fact]
    public void The_package_holds_the_manifest_the_english_strings_and_both_icons_at_its_root()
    {
        using var zip = ZipFile.OpenRead(package.Zip);

        Assert.Equal(["color.png", "en.json", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order());
        Assert.Contains(package.Zip, package.Build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_manifest_and_the_english_strings_pass_the_official_schemas_of_manifest_version_1_30()
    {
        var (exitCode, results) = await ValidateAsync(package.PathOf("manifest.json"), package.PathOf("en.json"));

        Assert.Equal("1.30", Manifest()["manifestVersion"]!.GetValue<string>());
        Assert.Equal(
            ["https://developer.microsoft.com/json-schemas/teams/v1.30/MicrosoftTeams.schema.json",
             "https://developer.microsoft.com/json-schemas/teams/v1.30/MicrosoftTeams.Localization.schema.json"],
            results.Select(r => r.GetProperty("schema").GetString()));
        foreach (var result in results) Assert.True(result.GetProperty("errors").GetArrayLength() == 0, result.ToString());
        Assert.Equal(0, exitCode);
    }

    [Theory]
    [InlineData("manifest.json", "developer")]
    [InlineData("manifest.json", "icons")]
    [InlineData("en.json", "name.short")]
    public async Task The_schema_check_refuses_a_file_that_lacks_a_required_property(string file, string property)
    {
        var broken = JsonNode.Parse(await File.ReadAllTextAsync(package.PathOf(file)))!.AsObject();
        broken.Remove(property);
        var path = Path.Combine(RepoPaths.TestOutput("teams-package-broken"), $"{Guid.NewGuid():N}-{file}");
        await File.WriteAllTextAsync(path, broken.ToJsonString());

        var (exitCode, results) = await ValidateAsync(path);

        Assert.Equal(1, exitCode);
        Assert.Contains(property, Assert.Single(results).GetProperty("errors").ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_app_id_host_addresses_and_developer_come_from_the_configuration()
    {
        var manifest = Manifest();

        Assert.Equal(TeamsPackageScript.AppId, manifest["id"]!.GetValue<string>());
        Assert.Equal(TeamsPackageScript.AppId, manifest["bots"]![0]!["botId"]!.GetValue<string>());
        Assert.Equal(TeamsPackageScript.AppId, manifest["webApplicationInfo"]!["id"]!.GetValue<string>());
        Assert.Equal($"api://{TeamsPackageScript.HostName}/{TeamsPackageScript.AppId}", manifest["webApplicationInfo"]!["resource"]!.GetValue<string>());
        Assert.Equal([TeamsPackageScript.HostName], manifest["validDomains"]!.AsArray().Select(d => d!.GetValue<string>()));
        Assert.Equal("1.2.3", manifest["version"]!.GetValue<string>());
        Assert.Equal(
            """{"name":"Eksempel Kommune","websiteUrl":"https://eksempel-kommune.dk/it-support","privacyUrl":"https://eksempel-kommune.dk/trivselsbot/privatliv","termsOfUseUrl":"https://eksempel-kommune.dk/trivselsbot/vilkaar"}""",
            manifest["developer"]!.ToJsonString());
    }

    [Theory]
    [InlineData("manifest.json")]
    [InlineData("en.json")]
    public void No_placeholder_is_left_in_the_package(string file) =>
        Assert.DoesNotContain("{{", File.ReadAllText(package.PathOf(file)), StringComparison.Ordinal);

    [Fact]
    public void Danish_is_the_default_language_and_english_comes_from_en_json()
    {
        var localization = Manifest()["localizationInfo"]!;

        Assert.Equal("da", localization["defaultLanguageTag"]!.GetValue<string>());
        var english = Assert.Single(localization["additionalLanguages"]!.AsArray())!;
        Assert.Equal("en", english["languageTag"]!.GetValue<string>());
        Assert.Equal("en.json", english["file"]!.GetValue<string>());
        Assert.StartsWith("Ugentligt", Manifest()["description"]!["short"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.StartsWith("Weekly", Strings()["description.short"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("color.png", 192)]
    [InlineData("outline.png", 32)]
    public void The_icons_have_the_sizes_teams_requires(string file, int size)
    {
        var image = PngImage.Read(File.ReadAllBytes(package.PathOf(file)));

        Assert.Equal((size, size), (image.Width, image.Height));
        Assert.Equal(file, Manifest()["icons"]![file.Replace(".png", "", StringComparison.Ordinal)]!.GetValue<string>());
    }

    [Fact]
    public void The_outline_icon_is_white_on_transparency_only()
    {
        var pixels = PngImage.Read(File.ReadAllBytes(package.PathOf("outline.png"))).RgbaPixels();

        var coloured = Enumerable.Range(0, pixels.Length / 4)
            .Where(i => pixels[i * 4 + 3] > 0 && (pixels[i * 4] != 255 || pixels[i * 4 + 1] != 255 || pixels[i * 4 + 2] != 255))
            .ToList();
        Assert.Empty(coloured);
        Assert.Contains(Enumerable.Range(0, pixels.Length / 4), i => pixels[i * 4 + 3] == 255);
        Assert.Contains(Enumerable.Range(0, pixels.Length / 4), i => pixels[i * 4 + 3] == 0);
    }

    [Fact]
    public async Task The_committed_icons_are_the_ones_the_drawing_script_draws()
    {
        var folder = Path.Combine(RepoPaths.TestOutput("teams-icons"), Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);

        var result = await NodeTool.RunAsync("draw-teams-icons.mjs", folder);

        Assert.True(result.ExitCode == 0, result.Error);
        foreach (var icon in (string[])["color.png", "outline.png"])
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(RepoPaths.Root, "manifest", icon)), File.ReadAllBytes(Path.Combine(folder, icon)));
        }
    }

    private JsonNode Manifest() => JsonNode.Parse(File.ReadAllText(package.PathOf("manifest.json")))!;

    private JsonNode Strings() => JsonNode.Parse(File.ReadAllText(package.PathOf("en.json")))!;

    private static async Task<(int ExitCode, IReadOnlyList<JsonElement> Results)> ValidateAsync(params string[] files)
    {
        var result = await NodeTool.RunAsync("validate-teams-manifest.mjs", files);
        Assert.True(result.ExitCode is 0 or 1, "validate-teams-manifest.mjs failed: " + result.Error);
        return (result.ExitCode, result.Lines);
    }
}
