using System.Net;
using System.Text.Json.Nodes;
using TrivselsBot.CheckIns;
using TrivselsBot.Demo;
using TrivselsBot.Testing;

namespace TrivselsBot.EndToEnd.Tests;

/// <summary>
/// The local try as ./run.sh starts it, from a fresh machine: the demo workplace seeded on first start, the real Agents
/// Playground with the demo's mock data, its web UI in headless Chromium. What the README's "Try it" says one sees is
/// seen here, and the screenshots it shows are taken here (test-output/playground/demo-*.png; scripts/refresh-screenshots.sh
/// copies them to docs/screenshots).
/// </summary>
public sealed class PlaygroundDemoTests : IAsyncLifetime
{
    private AzuriteProcess _azurite = null!;
    private BotUnderTest _bot = null!;
    private AgentsPlayground _playground = null!;

    public async Task InitializeAsync()
    {
        _azurite = await AzuriteProcess.StartAsync();
        var port = LocalPorts.Free();
        _bot = await BotUnderTest.StartAsync(_azurite.ConnectionString, new Dictionary<string, string?>
        {
            ["Demo:Enabled"] = "true",
            ["Demo:ServiceUrl"] = $"http://127.0.0.1:{port}/_connector",
            [BotUnderTest.TablePrefixSetting] = "demo1",
        });
        _playground = await AgentsPlayground.StartAsync(_bot.MessagesUrl, port, Path.Combine(RepoPaths.Root, "src", "TrivselsBot", "Demo", "agents-playground.yml"));
    }

    public async Task DisposeAsync()
    {
        await _playground.DisposeAsync();
        await _bot.DisposeAsync();
        _azurite.Dispose();
    }

    private static string Screenshot(string name) => Path.Combine(RepoPaths.TestOutput("playground"), $"demo-{name}.png");

    [Fact]
    public async Task A_fresh_start_shows_the_summary_with_charts_the_TRIO_agenda_the_organisation_and_counts_a_live_answer_once_the_week_is_closed()
    {
        var week = PulsePeriod.Containing(DateTimeOffset.UtcNow);

        var summary = await _playground.SayInBrowserAsync("resumé", "Trivsel i Bostedet Solsikken", Screenshot("summary"));
        Assert.True(summary.Found, summary.Text);
        Assert.StartsWith(DemoCardLabel.Label, summary.Text, StringComparison.Ordinal);
        Assert.Matches($@"Trivsel i Bostedet Solsikken – uge {week.Previous.Week}", summary.Text);
        Assert.Matches(@"Svarprocent: \d+ af 14 svarede \(\d+ %\)", summary.Text);
        Assert.Contains(summary.Charts, c => c.StartsWith("Line chart", StringComparison.Ordinal));
        Assert.Equal(3, summary.Charts.Count); // the trend, Vægten, the themes
        await _playground.WaitForAsync(m => Text(m).Contains("Kommentarer", StringComparison.Ordinal) && Text(m).Contains("den faste vikar", StringComparison.Ordinal));

        var agenda = await _playground.SayInBrowserAsync("trio dagsorden", "TRIO-møde for Bostedet Solsikken", Screenshot("trio-agenda"));
        Assert.True(agenda.Found, agenda.Text);
        var overdue = agenda.Text.IndexOf("tryghedsplanen", StringComparison.Ordinal);
        Assert.InRange(overdue, 0, agenda.Text.IndexOf("debriefing-skemaet", StringComparison.Ordinal));
        Assert.True(overdue < agenda.Text.IndexOf("Vagtplanen for weekender", StringComparison.Ordinal), agenda.Text);

        var organisation = await _playground.SayInBrowserAsync("resumé organisation", "Aflastningen Kastanjen", Screenshot("organisation"));
        Assert.True(organisation.Found, organisation.Text);
        Assert.Matches(@"Aflastningen Kastanjen\s+for få svar", organisation.Text);
        Assert.Matches(@"Natholdet\s+\d+ %", organisation.Text);

        // This week: four colleagues answered already (under k); the leader's own answer makes five, counted once the week is closed.
        var fire = await _bot.Http.PostAsync($"local/pulse-now?tenant={Uri.EscapeDataString(DemoWorkplace.TenantId)}&conversation={Uri.EscapeDataString(DemoWorkplace.TeamChannelId)}", null);
        Assert.Equal(HttpStatusCode.Accepted, fire.StatusCode);
        var pulse = await _playground.WaitForAsync(m => Text(m).Contains("Ugens trivselstjek", StringComparison.Ordinal) && Text(m).Contains("Bostedet Solsikken", StringComparison.Ordinal), TimeSpan.FromSeconds(60));
        var card = pulse["message"]!["attachments"]![0]!["content"]!.AsObject();
        var answer = new JsonObject { ["action"] = "pulse.answer", ["ticket"] = card["actions"]![0]!["data"]!["ticket"]!.GetValue<string>() };
        foreach (var input in card["body"]!.AsArray().Select(e => e!["id"]?.GetValue<string>()).OfType<string>().Where(id => id.StartsWith("q_", StringComparison.Ordinal))) answer[input] = "4";
        (await _playground.SubmitAsync(pulse["actionConversationId"]!.GetValue<string>(), MessageId(pulse), _playground.CurrentUserId, answer)).EnsureSuccessStatusCode();
        await _playground.WaitForAsync(m => m["action"]!.GetValue<string>() == "updateMessage" && Text(m).Contains("Tak for dine svar", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.OK, (await _bot.Http.PostAsync("local/close-week-now", null)).StatusCode);

        var after = await _playground.SayInBrowserAsync("resumé", "Svarprocent", Screenshot("summary-after-closing"));
        Assert.True(after.Found, after.Text);
        Assert.Contains($"Trivsel i Bostedet Solsikken – uge {week.Week}", after.Text, StringComparison.Ordinal);
        Assert.Contains("Svarprocent: 5 af 14 svarede (36 %)", after.Text, StringComparison.Ordinal);
    }

    private static string MessageId(JsonObject shown) => shown["message"]!["messageId"]!.GetValue<string>();

    private static string Text(JsonObject shown) =>
        shown["message"]?.ToJsonString(new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) ?? "";
}
