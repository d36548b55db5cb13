using System.Text.Json.Nodes;
using TrivselsBot.Testing;

namespace TrivselsBot.EndToEnd.Tests;

/// <summary>The bot in the real Agents Playground (the local Teams), on real Azurite storage.</summary>
public sealed class PlaygroundConversationTests : IAsyncLifetime
{
    // Its own Azurite even when the run shares one (see PlaygroundTestBase).
    private AzuriteProcess _azurite = null!;
    private BotUnderTest _bot = null!;
    private AgentsPlayground _playground = null!;

    public async Task InitializeAsync()
    {
        _azurite = await AzuriteProcess.StartAsync();
        _bot = await BotUnderTest.StartAsync(_azurite.ConnectionString);
        _playground = await AgentsPlayground.StartAsync(_bot.MessagesUrl);
    }

    public async Task DisposeAsync()
    {
        await _playground.DisposeAsync();
        await _bot.DisposeAsync();
        _azurite.Dispose();
    }

    /// <summary>The Playground sends installationUpdate (no locale) and conversationUpdate (en-US) together; either may greet.</summary>
    private static bool IsWelcome(JsonObject shown) =>
        CardText(shown).Contains("Hej! Jeg er TrivselsBot", StringComparison.Ordinal) || CardText(shown).Contains("Hi! I'm TrivselsBot", StringComparison.Ordinal);

    [Fact]
    public async Task Opening_the_app_shows_the_welcome_card_once_however_often_it_is_opened()
    {
        await _playground.InstallInPersonalChatAsync();
        await _playground.WaitForAsync(IsWelcome);

        await _playground.InstallInPersonalChatAsync();
        await _playground.SayAsync("hjælp");
        await _playground.WaitForAsync(m => CardText(m).Contains("Det kan du skrive til mig", StringComparison.Ordinal));

        Assert.Single(_playground.Shown, IsWelcome);
    }

    [Fact]
    public async Task Writing_hjaelp_shows_the_help_card_with_its_commands()
    {
        await _playground.SayAsync("hjælp");

        var shown = await _playground.WaitForAsync(m => CardText(m).Contains("Det kan du skrive til mig", StringComparison.Ordinal));
        Assert.Contains("Viser denne oversigt.", CardText(shown), StringComparison.Ordinal);
        Assert.Equal(_playground.TestConfig["config"]!["bot"]!["id"]!.GetValue<string>(), shown["message"]!["from"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Any_other_text_gets_a_pointer_to_help_in_the_users_language()
    {
        await _playground.SayAsync("what is this?");

        var shown = await _playground.WaitForAsync(m => m["message"]?["text"] is not null);
        Assert.Contains("Type **help**", shown["message"]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private static string CardText(JsonObject shown) =>
        shown["message"]?["attachments"]?[0]?["content"]?.ToJsonString(new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) ?? "";
}
