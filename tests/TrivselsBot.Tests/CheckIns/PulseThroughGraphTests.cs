using Microsoft.Extensions.DependencyInjection;
using TrivselsBot.CheckIns;
using TrivselsBot.Setup;
using TrivselsBot.Testing;
using TrivselsBot.Tests.Graph;

namespace TrivselsBot.Tests.CheckIns;

/// <summary>
/// The weekly pulse through the real bot with Graph enabled: a local Bot Connector that refuses to open a chat with two
/// of four members (the app is not installed for them), and a local Graph that installs it for one and refuses the other.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class PulseThroughGraphTests(AzuriteServer azurite) : IAsyncLifetime
{
    private readonly string _chat = $"19:{Guid.NewGuid():N}@thread.v2";
    private readonly ShiftedClock _clock = new(new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.FromHours(1)));
    private RecordingConnector _connector = null!;
    private FakeGraph _graph = null!;
    private BotUnderTest _bot = null!;
    private TeamRef Team => new(TeamsActivities.TenantId, _chat);

    public async Task InitializeAsync()
    {
        _connector = await RecordingConnector.StartAsync();
        _connector.AddMembers(4, prefix: Guid.NewGuid().ToString("N")[..8]);
        _graph = await FakeGraph.StartAsync();
        _bot = await BotUnderTest.StartAsync(azurite.ConnectionString, new Dictionary<string, string?>
        {
            ["Graph:Enabled"] = "true",
            ["Graph:CatalogAppId"] = _graph.CatalogAppId,
            ["Graph:BaseUrl"] = _graph.BaseUrl,
            ["Graph:UseManagedIdentity"] = "true",
        }, time: _clock, services: s => s.AddSingleton(_ => GraphRig.InstallerFor(_graph)));
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _graph.DisposeAsync();
        await _connector.DisposeAsync();
    }

    private string UserId(int i) => _connector.Members[i]["id"]!.GetValue<string>();
    private string Aad(int i) => _connector.Members[i]["aadObjectId"]!.GetValue<string>();

    [Fact]
    public async Task The_pulse_reaches_a_member_after_Graph_installs_the_app_and_status_shows_the_member_it_could_not_install_for()
    {
        _connector.RefuseChatWith(UserId(1));
        _connector.RefuseChatWith(UserId(2));
        _graph.Script(Aad(2), new ScriptedAnswer(403));
        await _bot.Service<TeamSetupStore>().SaveAsync(new TeamSetup
        {
            Team = Team, ServiceUrl = _connector.ServiceUrl, BotId = TeamsActivities.BotId, Leaders = [], // no leader, so no leader pulse card beside the three pulse cards
        }, default);

        await _bot.Service<IPulseRunner>().RunAsync(Team, _clock.GetUtcNow(), default);

        var pulses = _connector.ActivitiesSent();
        Assert.Equal(3, pulses.Count);
        Assert.Single(pulses, p => p.Path == $"/v3/conversations/{Uri.EscapeDataString(_graph.ChatIdOf(Aad(1)))}/activities");
        Assert.True(_graph.IsInstalledFor(Aad(1)));
        Assert.Equal([403], _graph.RequestsFor(Aad(2)).Select(r => r.Status));

        await _bot.PostActivityAsync(TeamsActivities.Message(_connector.ServiceUrl, "status", _chat, userId: UserId(0), conversationType: "groupChat", aadObjectId: Aad(0)));

        var status = (await _connector.WaitForActivitiesAsync(4))[^1];
        Assert.Contains("3 har fået det, 0 mangler, 0 kan ikke nås, 1 kunne ikke få appen installeret", status.CardText, StringComparison.Ordinal);
    }
}
