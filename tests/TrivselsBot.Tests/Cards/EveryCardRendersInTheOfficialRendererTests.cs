using System.Reflection;
using System.Text.Json;
using TrivselsBot.Cards;
using TrivselsBot.Testing;

namespace TrivselsBot.Tests.Cards;

/// <summary>
/// Feeds every card to the official `adaptivecards` JS renderer in headless Chromium (tools/render-cards.mjs):
/// any parse or validation event fails the test. Screenshots are kept in test-output/cards.
/// </summary>
public sealed class EveryCardRendersInTheOfficialRendererTests
{
    [Fact]
    public void Every_card_builder_in_the_product_is_in_the_catalog()
    {
        var builders = typeof(AdaptiveCard).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static))
            .Where(m => m.ReturnType == typeof(AdaptiveCard))
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name}")
            .ToHashSet();
        var covered = CardCatalog.All().Select(c => c.Builder).ToHashSet();

        Assert.NotEmpty(builders);
        Assert.Empty(builders.Except(covered));
    }

    [Fact]
    public async Task Every_card_parses_without_warnings_and_renders_at_schema_1_5()
    {
        var folder = RepoPaths.TestOutput("cards");
        foreach (var old in Directory.GetFiles(folder)) File.Delete(old);
        var cards = CardCatalog.All().ToList();
        foreach (var (_, name, card) in cards)
        {
            await File.WriteAllTextAsync(Path.Combine(folder, name + ".json"), card.ToJson().ToJsonString());
        }

        var results = await RenderAsync(folder);

        Assert.Equal(cards.Select(c => c.Name).Order(), results.Select(r => r.GetProperty("name").GetString()).Order());
        foreach (var result in results)
        {
            var name = result.GetProperty("name").GetString();
            Assert.True(result.GetProperty("events").GetArrayLength() == 0, $"{name}: {result.GetProperty("events")}");
            Assert.True(result.GetProperty("rendered").GetBoolean(), $"{name} did not render");
            Assert.True(result.GetProperty("height").GetDouble() > 20, $"{name} rendered empty");
            Assert.True(File.Exists(Path.Combine(folder, name + ".png")), $"{name} has no screenshot");
        }
    }

    [Fact]
    public async Task The_renderer_check_catches_a_broken_card()
    {
        var folder = RepoPaths.TestOutput("cards-broken");
        await File.WriteAllTextAsync(Path.Combine(folder, "broken.json"),
            """{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlok","text":"typo"}]}""");

        var result = Assert.Single(await RenderAsync(folder));

        Assert.True(result.GetProperty("events").GetArrayLength() > 0);
    }

    private static async Task<IReadOnlyList<JsonElement>> RenderAsync(string folder)
    {
        var result = await NodeTool.RunAsync("render-cards.mjs", folder);
        Assert.True(result.ExitCode == 0, "render-cards.mjs failed: " + result.Error);
        return result.Lines;
    }
}
