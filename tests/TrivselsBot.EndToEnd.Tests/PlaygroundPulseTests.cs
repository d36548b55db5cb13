using System.Text.Json.Nodes;
using TrivselsBot.Testing;

namespace TrivselsBot.EndToEnd.Tests;

/// <summary>The weekly pulse in the real Agents Playground: setup in the group chat, a pulse fired now, an answer.</summary>
public sealed class PlaygroundPulseTests : IAsyncLifetime
{
    private readonly AzuriteServer _azurite = new();
    private BotUnderTest _bot = null!;
    private AgentsPlayground _playground = null!;

    public async Task InitializeAsync()
    {
        await _azurite.InitializeAsync();
        _bot = await BotUnderTest.StartAsync(_azurite.ConnectionString);
        _playground = await AgentsPlayground.StartAsync(_bot.MessagesUrl);
    }

    public async Task DisposeAsync()
    {
        await _playground.DisposeAsync();
        await _bot.DisposeAsync();
        await _azurite.DisposeAsync();
    }

    [Fact]
    public async Task Explore()
    {
        await _playground.SayInGroupChatAsync("opsæt");
        var setupCard = await _playground.WaitForAsync(m => Text(m).Contains("Opsætning af trivselstjek", StringComparison.Ordinal));
        var leader = _playground.TestConfig["config"]!["currentUser"]!["aadObjectId"]!.GetValue<string>();
        var submit = await _playground.SubmitAsync(_playground.GroupChatId, setupCard["message"]!["messageId"]!.GetValue<string>(), _playground.CurrentUserId, new JsonObject
        {
            ["action"] = "setup.save", ["leaders"] = leader, ["day"] = "1", ["time"] = "09:00",
            ["reminder"] = "2", ["questions"] = "4", ["language"] = "da", ["k"] = "3",
        });
        submit.EnsureSuccessStatusCode();
        await _playground.WaitForAsync(m => Text(m).Contains("sat op", StringComparison.Ordinal));
        var fire = await _bot.Http.PostAsync($"local/pulse-now?tenant={Uri.EscapeDataString(_playground.TenantId)}&conversation={Uri.EscapeDataString(_playground.GroupChatId)}", null);
        Assert.Equal(System.Net.HttpStatusCode.Accepted, fire.StatusCode);
        await Task.Delay(5000);
        Assert.Fail(string.Join("\n", _playground.Shown.Select(s => s.ToJsonString().Length > 400 ? s.ToJsonString()[..400] : s.ToJsonString())));
    }

    private static string Text(JsonObject shown) =>
        shown["message"]?.ToJsonString(new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) ?? "";
}
