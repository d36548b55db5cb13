using System.Text.Json.Nodes;
using TrivselsBot.Demo;
using TrivselsBot.Testing;

namespace TrivselsBot.Tests.Demo;

/// <summary>
/// One bot with the demo seeded, once for the class: a local Bot Connector serving the demo team's roster (the
/// Playground's six and the synthetic colleagues), the bot on a clock standing on a Wednesday, its own tables.
/// </summary>
public sealed class DemoWorkplaceFixture : IAsyncLifetime
{
    /// <summary>Wednesday of week 49, 2026, Copenhagen time.</summary>
    public static readonly DateTimeOffset Now = new(2026, 12, 2, 10, 0, 0, TimeSpan.FromHours(1));

    private AzuriteServer _azurite = null!;

    public RecordingConnector Connector { get; private set; } = null!;

    public BotUnderTest Bot { get; private set; } = null!;

    public Dictionary<string, string?> Settings { get; private set; } = null!;

    public string ConnectionString => _azurite.ConnectionString;

    public async Task InitializeAsync()
    {
        _azurite = new AzuriteServer();
        await _azurite.InitializeAsync();
        Connector = await RecordingConnector.StartAsync();
        foreach (var person in DemoWorkplace.Solsikken.Members)
        {
            Connector.Members.Add(new JsonObject { ["id"] = person.UserId, ["aadObjectId"] = person.AadObjectId, ["name"] = person.Name, ["userRole"] = "user" });
        }
        Settings = new Dictionary<string, string?>
        {
            ["Demo:Enabled"] = "true",
            ["Demo:ServiceUrl"] = Connector.ServiceUrl,
            [BotUnderTest.TablePrefixSetting] = BotUnderTest.NewTablePrefix(),
        };
        Bot = await BotUnderTest.StartAsync(_azurite.ConnectionString, Settings, time: new ShiftedClock(Now));
    }

    public async Task DisposeAsync()
    {
        await Bot.DisposeAsync();
        await Connector.DisposeAsync();
        await _azurite.DisposeAsync();
    }

    /// <summary>A message from a demo person in the demo tenant.</summary>
    public JsonObject Message(string text, DemoPerson from, string conversationId = "a:demo-personal-chat-mette")
    {
        var activity = TeamsActivities.Message(Connector.ServiceUrl, text, conversationId, userId: from.UserId, aadObjectId: from.AadObjectId);
        return InDemoTenant(activity);
    }

    public static JsonObject InDemoTenant(JsonObject activity)
    {
        activity["conversation"]!["tenantId"] = DemoWorkplace.TenantId;
        activity["channelData"]!["tenant"]!["id"] = DemoWorkplace.TenantId;
        activity["recipient"]!["id"] = DemoWorkplace.BotId;
        return activity;
    }
}
