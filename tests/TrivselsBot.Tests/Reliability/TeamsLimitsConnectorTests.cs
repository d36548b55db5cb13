using System.Text.Json.Nodes;
using TrivselsBot.BotConnector;
using TrivselsBot.Testing;

namespace TrivselsBot.Tests.Reliability;

/// <summary>The fault harness's local Teams, through the bot's own connector client: rosters in pages, posts, and faults that did nothing.</summary>
public sealed class TeamsLimitsConnectorTests : IAsyncLifetime
{
    private const string Team = "19:lyngly@thread.tacv2";
    private static readonly HttpClient Http = new();

    private readonly ConnectorClient _client = new(Http, new AnonymousConnectorTokenProvider(), new ConnectorClientOptions { MaxRetries = 0 }, TimeProvider.System);
    private TeamsLimitsConnector _teams = null!;

    public async Task InitializeAsync()
    {
        _teams = await TeamsLimitsConnector.StartAsync(tenantRequestsPerSecond: 1_000);
        _teams.AddTeam(Team, "Bostedet Lyngly", [.. Enumerable.Range(0, 5).Select(i => new JsonObject { ["id"] = $"29:m-{i}", ["aadObjectId"] = $"aad-{i}", ["name"] = $"M {i}" })]);
    }

    public async Task DisposeAsync() => await _teams.DisposeAsync();

    [Fact]
    public async Task A_team_roster_is_served_page_by_page_until_no_continuation_token_is_left()
    {
        var ids = new List<string>();
        string? continuation = null;
        var pages = 0;
        do
        {
            var page = await _client.GetPagedMembersAsync(_teams.ServiceUrl, Team, 2, continuation);
            Assert.True(page.Succeeded);
            ids.AddRange(page.Value!.Members.Select(m => m.Id!));
            continuation = page.Value.ContinuationToken;
            pages++;
        }
        while (continuation is not null);

        Assert.Equal(3, pages);
        Assert.Equal(Enumerable.Range(0, 5).Select(i => $"29:m-{i}"), ids);
        Assert.Equal("Bostedet Lyngly", (await _client.GetTeamDetailsAsync(_teams.ServiceUrl, Team)).Value!.Name);
    }

    [Fact]
    public async Task Posts_replies_and_updates_in_a_known_team_are_answered_and_count_as_no_card()
    {
        var message = Activity.CreateMessage("Hej");

        Assert.True((await _client.SendToConversationAsync(_teams.ServiceUrl, Team, message)).Succeeded);
        Assert.True((await _client.ReplyToActivityAsync(_teams.ServiceUrl, Team, "act-1", message)).Succeeded);
        Assert.True((await _client.UpdateActivityAsync(_teams.ServiceUrl, Team, "act-1", message)).Succeeded);
        Assert.Equal(404, (await _client.SendToConversationAsync(_teams.ServiceUrl, "19:unknown@thread.tacv2", message)).StatusCode);
        Assert.Empty(_teams.CardsPerUser);
    }

    [Fact]
    public async Task A_cut_connection_and_a_500_reach_the_sender_as_failed_calls_and_only_the_served_send_is_a_card()
    {
        _teams.Faults = new ConnectorFaults(seed: 1) { DropShare = 1, MostPerUser = 1 };
        var parameters = new ConversationParameters { Bot = new ChannelAccount { Id = "28:bot" }, Members = [new ChannelAccount { Id = "29:m-0" }], TenantId = "tenant-1" };

        var cut = await _client.CreateConversationAsync(_teams.ServiceUrl, parameters);
        var created = await _client.CreateConversationAsync(_teams.ServiceUrl, parameters);
        _teams.Faults = new ConnectorFaults(seed: 1) { ServerErrorShare = 1, MostPerUser = 1 };
        var refused = await _client.SendToConversationAsync(_teams.ServiceUrl, created.Value!.Id!, Activity.CreateMessage("Hej"));
        var sent = await _client.SendToConversationAsync(_teams.ServiceUrl, created.Value!.Id!, Activity.CreateMessage("Hej"));

        Assert.Equal(ConnectorOutcome.Failed, cut.Outcome);
        Assert.True(created.Succeeded);
        Assert.Equal(500, refused.StatusCode);
        Assert.True(sent.Succeeded);
        Assert.Equal(1, _teams.CardsTo("29:m-0"));
        Assert.Contains(_teams.Requests, r => r.Status == ConnectorRequest.Dropped);
    }
}
