using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using TrivselsBot.BotConnector;
using TrivselsBot.Chat;
using TrivselsBot.Localization;
using TrivselsBot.Testing;

namespace TrivselsBot.Tests.Manifest;

/// <summary>The command menus in the package against the commands the built bot really registers.</summary>
[Collection(BuiltTeamsPackageCollection.Name)]
public sealed class TeamsCommandMenuTests(BuiltTeamsPackage package)
{
    private const int TeamsMaxCommandsPerScope = 10;
    private static readonly string[] TranslatedParts = ["title", "description"];

    [Fact]
    public void The_bot_has_one_command_list_for_each_of_personal_chat_team_and_group_chat()
    {
        var bot = Bot();

        Assert.Equal(["groupChat", "personal", "team"], bot["scopes"]!.AsArray().Select(s => s!.GetValue<string>()).Order());
        Assert.Equal(["groupChat", "personal", "team"], CommandLists().Select(l => Assert.Single(l["scopes"]!.AsArray())!.GetValue<string>()).Order());
    }

    [Fact]
    public void No_scope_lists_more_commands_than_teams_shows()
    {
        foreach (var list in CommandLists()) Assert.InRange(list["commands"]!.AsArray().Count, 1, TeamsMaxCommandsPerScope);
    }

    [Fact]
    public async Task Every_menu_command_reaches_a_registered_command_in_danish_and_in_english()
    {
        await using var app = BuildBot();
        var router = app.Services.GetRequiredService<CommandRouter>();
        var english = JsonNode.Parse(File.ReadAllText(package.PathOf("en.json")))!;

        foreach (var (list, i) in CommandLists().Select((l, i) => (l, i)))
        {
            foreach (var (command, j) in list["commands"]!.AsArray().Select((c, j) => (c!, j)))
            {
                var danishTitle = command["title"]!.GetValue<string>();
                var englishTitle = english[$"bots[0].commandLists[{i}].commands[{j}].title"]?.GetValue<string>();
                Assert.True(englishTitle is not null, $"en.json has no English title for \"{danishTitle}\"");

                var danish = router.Match(Activity.CreateMessage(danishTitle));
                var inEnglish = router.Match(Activity.CreateMessage(englishTitle));

                Assert.True(danish is not null, $"\"{danishTitle}\" in the menu is no command the bot registers");
                Assert.Equal(danish.Command.Word(Language.Danish), FirstWord(danishTitle));
                Assert.True(inEnglish?.Command == danish.Command, $"\"{englishTitle}\" does not reach the same command as \"{danishTitle}\"");
                Assert.Equal(danish.Command.Word(Language.English), FirstWord(englishTitle));
            }
        }
    }

    [Fact]
    public async Task Every_command_the_bot_registers_is_in_the_menu_of_some_scope()
    {
        await using var app = BuildBot();
        var registered = app.Services.GetServices<IBotCommand>().Select(c => c.Word(Language.Danish)).ToList();
        var offered = CommandLists()
            .SelectMany(l => l["commands"]!.AsArray().Select(c => FirstWord(c!["title"]!.GetValue<string>())))
            .ToHashSet();

        Assert.NotEmpty(registered);
        Assert.Empty(registered.Except(offered));
    }

    [Fact]
    public void The_english_strings_translate_exactly_the_commands_in_the_menu()
    {
        var expected = CommandLists()
            .SelectMany((list, i) => list["commands"]!.AsArray().SelectMany((_, j) => TranslatedParts
                .Select(part => $"bots[0].commandLists[{i}].commands[{j}].{part}")));
        var english = JsonNode.Parse(File.ReadAllText(package.PathOf("en.json")))!.AsObject()
            .Select(p => p.Key)
            .Where(key => key.StartsWith("bots[", StringComparison.Ordinal));

        Assert.Equal(expected.Order(), english.Order());
    }

    private static string FirstWord(string title) => title.Split(' ')[0];

    private JsonNode Bot() => Assert.Single(JsonNode.Parse(File.ReadAllText(package.PathOf("manifest.json")))!["bots"]!.AsArray())!;

    private List<JsonNode> CommandLists() => Bot()["commandLists"]!.AsArray().Select(l => l!).ToList();

    private static WebApplication BuildBot() => TrivselsBotApp.Build(["--urls", "http://127.0.0.1:0"], b =>
    {
        b.Configuration["Storage:ConnectionString"] = AzuriteServer.ConnectionStringFor(1);
        b.Configuration["Scheduling:SqlitePath"] = Path.Combine(Path.GetTempPath(), "trivselsbot-tests", Guid.NewGuid().ToString("N"), "scheduler.db");
        b.Configuration["Privacy:PseudonymSecret"] = TestSecrets.Pseudonym;
        b.Configuration["Privacy:CardSigningSecret"] = TestSecrets.CardSigning;
        b.Configuration["Privacy:ReplyHandleSecret"] = TestSecrets.ReplyHandle;
    });
}
