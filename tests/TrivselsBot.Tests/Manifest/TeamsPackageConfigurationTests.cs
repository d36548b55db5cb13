using System.Text.Json.Nodes;

namespace TrivselsBot.Tests.Manifest;

/// <summary>What scripts/build-teams-package.sh reads, and how it refuses a configuration Teams would reject.</summary>
public sealed class TeamsPackageConfigurationTests
{
    [Fact]
    public async Task Without_an_app_id_it_refuses_and_says_which_setting_to_fill()
    {
        var zip = TeamsPackageScript.FreshZipPath();

        var result = await TeamsPackageScript.RunAsync(TeamsPackageScript.SampleSettings(appId: ""), zip);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Cannot build the Teams app package", result.Error, StringComparison.Ordinal);
        Assert.Contains("Bot:AppId is missing", result.Error, StringComparison.Ordinal);
        Assert.Contains("Bot__AppId", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(zip));
    }

    [Theory]
    [InlineData("not-a-guid", TeamsPackageScript.HostName, "Bot:AppId \"not-a-guid\" is not a GUID")]
    [InlineData(TeamsPackageScript.AppId, "", "TeamsApp:HostName is missing")]
    [InlineData(TeamsPackageScript.AppId, "https://trivselsbot.kommune.dk", "is not a bare host name")]
    [InlineData(TeamsPackageScript.AppId, "trivselsbot.kommune.dk/api", "is not a bare host name")]
    [InlineData(TeamsPackageScript.AppId, "localhost", "TeamsApp:HostName \"localhost\" is not a host name")]
    [InlineData(TeamsPackageScript.AppId, "trivsels_bot.kommune.dk", "is not a host name")]
    public async Task An_app_id_that_is_no_guid_or_a_host_that_is_no_host_name_is_refused(string appId, string hostName, string message)
    {
        var zip = TeamsPackageScript.FreshZipPath();

        var result = await TeamsPackageScript.RunAsync(TeamsPackageScript.SampleSettings(appId, hostName), zip);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(zip));
    }

    [Theory]
    [InlineData("TeamsApp__PrivacyUrl", "http://eksempel-kommune.dk/privatliv", "TeamsApp:PrivacyUrl \"http://eksempel-kommune.dk/privatliv\" is not an https address")]
    [InlineData("TeamsApp__DeveloperName", "Eksempel Kommunes Social- og Sundhedsforvaltning", "is longer than 32 characters")]
    [InlineData("TeamsApp__Version", "2", "TeamsApp:Version \"2\" is not a version like 1.0.0")]
    public async Task Addresses_names_and_versions_teams_would_reject_are_refused(string variable, string value, string message)
    {
        var zip = TeamsPackageScript.FreshZipPath();

        var result = await TeamsPackageScript.RunAsync(TeamsPackageScript.SampleSettings(), zip, new Dictionary<string, string> { [variable] = value });

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(zip));
    }

    [Fact]
    public async Task A_settings_file_that_is_not_json_is_refused_with_its_path()
    {
        var result = await TeamsPackageScript.RunAsync("{ \"Bot\": ", TeamsPackageScript.FreshZipPath());

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(".settings.json is not valid JSON", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Environment_variables_win_over_the_settings_file()
    {
        var zip = TeamsPackageScript.FreshZipPath();
        const string appId = "11111111-2222-3333-4444-555555555555";

        var result = await TeamsPackageScript.RunAsync(TeamsPackageScript.SampleSettings(), zip, new Dictionary<string, string>
        {
            ["Bot__AppId"] = appId,
            ["TeamsApp__HostName"] = "bot.andet-sted.dk",
        });

        Assert.True(result.ExitCode == 0, result.Error);
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(TeamsPackageScript.Unzip(zip), "manifest.json")))!;
        Assert.Equal(appId, manifest["id"]!.GetValue<string>());
        Assert.Equal($"api://bot.andet-sted.dk/{appId}", manifest["webApplicationInfo"]!["resource"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_same_configuration_builds_the_same_bytes()
    {
        var (first, second) = (TeamsPackageScript.FreshZipPath(), TeamsPackageScript.FreshZipPath());

        await TeamsPackageScript.RunAsync(TeamsPackageScript.SampleSettings(), first);
        await TeamsPackageScript.RunAsync(TeamsPackageScript.SampleSettings(), second);

        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
    }
}
