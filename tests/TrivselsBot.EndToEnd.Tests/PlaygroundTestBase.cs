using System.Text.Json.Nodes;
using TrivselsBot.CheckIns;
using TrivselsBot.CheckIns.Delivery;
using TrivselsBot.Setup;
using TrivselsBot.Testing;

namespace TrivselsBot.EndToEnd.Tests;

/// <summary>Azurite, the bot (optionally on a moved clock, with extra settings) and the real Agents Playground pointed at it, per test.</summary>
public abstract class PlaygroundTestBase(TimeProvider? clock = null, IDictionary<string, string?>? settings = null) : IAsyncLifetime
{
    // Its own Azurite even when the test run shares one: bots in the unit-test process reconcile every team and TRIO in the
    // storage they see at start-up, and would schedule (and send) this test's pulses and agendas on their own clocks.
    private AzuriteProcess _azurite = null!;

    protected BotUnderTest Bot { get; private set; } = null!;

    protected AgentsPlayground Playground { get; private set; } = null!;

    protected string CurrentUserAad => Playground.TestConfig["config"]!["currentUser"]!["aadObjectId"]!.GetValue<string>();

    public async Task InitializeAsync()
    {
        _azurite = await AzuriteProcess.StartAsync();
        Bot = await BotUnderTest.StartAsync(_azurite.ConnectionString, settings, time: clock);
        Playground = await AgentsPlayground.StartAsync(Bot.MessagesUrl);
    }

    public async Task DisposeAsync()
    {
        await Playground.DisposeAsync();
        await Bot.DisposeAsync();
        _azurite.Dispose();
    }

    /// <summary>The current user sets up the group chat with themself as leader, through the setup card.</summary>
    protected async Task<TeamRef> SetUpGroupChatAsync(string k, string summary = "yes")
    {
        await Playground.SayInGroupChatAsync("opsæt");
        var setupCard = await Playground.WaitForAsync(m => Text(m).Contains("Opsætning af trivselstjek", StringComparison.Ordinal));
        (await Playground.SubmitAsync(Playground.GroupChatId, MessageId(setupCard), Playground.CurrentUserId, new JsonObject
        {
            ["action"] = "setup.save", ["leaders"] = CurrentUserAad, ["day"] = "1", ["time"] = "09:00",
            ["reminder"] = "2", ["questions"] = "4", ["language"] = "da", ["k"] = k, ["summary"] = summary,
        })).EnsureSuccessStatusCode();
        await Playground.WaitForAsync(m => m["action"]!.GetValue<string>() == "updateMessage" && Text(m).Contains("Trivselstjekket er sat op", StringComparison.Ordinal));
        return new TeamRef(Playground.TenantId, Playground.GroupChatId);
    }

    /// <summary>
    /// Waits until a fan-out started in the background has a final row for every person in the group chat: the first card
    /// on screen says nothing about the others, which may still be on their way.
    /// </summary>
    protected async Task WaitForDeliveryAsync(TeamRef team, PulsePeriod period, DeliveryKind kind)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while ((await Bot.Service<PulseDelivery>().GetProgressAsync(team, period, kind, Playground.GroupChatRosterSize, default)).Pending > 0)
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"The {kind} to {team} did not reach everyone in 30 s");
            await Task.Delay(100);
        }
    }

    protected static string MessageId(JsonObject shown) => shown["message"]!["messageId"]!.GetValue<string>();

    /// <summary>The shown message as readable JSON (Danish letters unescaped).</summary>
    protected static string Text(JsonObject shown) =>
        shown["message"]?.ToJsonString(new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) ?? "";
}
