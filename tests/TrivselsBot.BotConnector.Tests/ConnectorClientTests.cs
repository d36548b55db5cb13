using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using TrivselsBot.BotConnector.Tests.Infrastructure;

namespace TrivselsBot.BotConnector.Tests;

public sealed class ConnectorClientTests : IAsyncDisposable
{
    private const string ConversationId = "19:abc@thread.tacv2;messageid=1715679012345";
    private const string EscapedConversationId = "19%3Aabc%40thread.tacv2%3Bmessageid%3D1715679012345";

    private static readonly HttpClient Http = new();
    private readonly InstantDelayTimeProvider time = new();
    private LocalHttpServer? server;

    public async ValueTask DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }

    [Fact]
    public async Task Send_to_conversation_posts_the_activity_as_JSON_with_the_bearer_token()
    {
        var client = await ClientAsync(ScriptedResponse.Json(201, """{"id":"1:new"}"""));

        var result = await client.SendToConversationAsync(ServiceUrl("amer/"), ConversationId, Activity.CreateMessage("Hej då"), default);

        Assert.Equal(ConnectorOutcome.Success, result.Outcome);
        Assert.True(result.Succeeded);
        Assert.Equal(201, result.StatusCode);
        Assert.Equal("1:new", result.Value!.Id);
        var request = Assert.Single(server!.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal($"/amer/v3/conversations/{EscapedConversationId}/activities", request.RawTarget);
        Assert.Equal("Bearer connector-token", request.Header("Authorization"));
        Assert.Equal("application/json; charset=utf-8", request.Header("Content-Type"));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"type":"message","text":"Hej då"}"""), JsonNode.Parse(request.Body)), request.Body);
    }

    [Fact]
    public async Task A_service_url_without_trailing_slash_works_the_same()
    {
        var client = await ClientAsync(ScriptedResponse.Json(200, """{"id":"1"}"""));

        await client.SendToConversationAsync(ServiceUrl("emea"), "a:1", Activity.CreateMessage("x"), default);

        Assert.Equal("/emea/v3/conversations/a%3A1/activities", Assert.Single(server!.Requests).RawTarget);
    }

    [Fact]
    public async Task Reply_posts_to_the_escaped_activity_id()
    {
        var client = await ClientAsync(ScriptedResponse.Json(200, """{"id":"2"}"""));

        var result = await client.ReplyToActivityAsync(ServiceUrl(), ConversationId, "1:reply/to", Activity.CreateMessage("svar"), default);

        Assert.Equal("2", result.Value!.Id);
        var request = Assert.Single(server!.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal($"/v3/conversations/{EscapedConversationId}/activities/1%3Areply%2Fto", request.RawTarget);
        Assert.Equal("svar", JsonNode.Parse(request.Body)!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Update_puts_the_new_activity()
    {
        var client = await ClientAsync(ScriptedResponse.Json(200, """{"id":"1:card"}"""));
        var card = Activity.CreateMessage().WithAttachment(Attachment.AdaptiveCard(new JsonObject { ["type"] = "AdaptiveCard" }));

        var result = await client.UpdateActivityAsync(ServiceUrl(), ConversationId, "1:card", card, default);

        Assert.True(result.Succeeded);
        var request = Assert.Single(server!.Requests);
        Assert.Equal("PUT", request.Method);
        Assert.Equal($"/v3/conversations/{EscapedConversationId}/activities/1%3Acard", request.RawTarget);
        Assert.Equal("AdaptiveCard", JsonNode.Parse(request.Body)!["attachments"]![0]!["content"]!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task Delete_sends_no_body_and_reports_true()
    {
        var client = await ClientAsync(new ScriptedResponse(200));

        var result = await client.DeleteActivityAsync(ServiceUrl(), ConversationId, "1:old", default);

        Assert.True(result.Value);
        var request = Assert.Single(server!.Requests);
        Assert.Equal("DELETE", request.Method);
        Assert.Equal($"/v3/conversations/{EscapedConversationId}/activities/1%3Aold", request.RawTarget);
        Assert.Equal("", request.Body);
    }

    [Fact]
    public async Task Create_conversation_posts_the_parameters()
    {
        var client = await ClientAsync(ScriptedResponse.Json(201, """{"id":"a:1on1","activityId":"1:first","serviceUrl":"https://smba.example/"}"""));
        var parameters = new ConversationParameters
        {
            IsGroup = false,
            Bot = new ChannelAccount { Id = "28:bot" },
            Members = [new ChannelAccount { Id = "29:user" }],
            TenantId = "t1",
            ChannelData = new TeamsChannelData { Tenant = new TenantInfo { Id = "t1" } },
        };

        var result = await client.CreateConversationAsync(ServiceUrl(), parameters, default);

        Assert.Equal(("a:1on1", "1:first", "https://smba.example/"), (result.Value!.Id, result.Value.ActivityId, result.Value.ServiceUrl));
        var request = Assert.Single(server!.Requests);
        Assert.Equal(("POST", "/v3/conversations"), (request.Method, request.RawTarget));
        var expected = JsonNode.Parse("""
            {"isGroup":false,"bot":{"id":"28:bot"},"members":[{"id":"29:user"}],"tenantId":"t1","channelData":{"tenant":{"id":"t1"}}}
            """);
        Assert.True(JsonNode.DeepEquals(expected, JsonNode.Parse(request.Body)), request.Body);
    }

    [Fact]
    public async Task Paged_members_follow_the_continuation_token()
    {
        server = await LocalHttpServer.StartAsync(request => request.RawTarget.Contains("continuationToken", StringComparison.Ordinal)
            ? ScriptedResponse.Json(200, """{"members":[{"id":"29:3","name":"C"}]}""")
            : ScriptedResponse.Json(200, """{"continuationToken":"a+b/c=","members":[{"id":"29:1","email":"a@x.se"},{"id":"29:2"}]}"""));
        var client = Client();

        var first = await client.GetPagedMembersAsync(ServiceUrl(), ConversationId, 2, null, default);
        var second = await client.GetPagedMembersAsync(ServiceUrl(), ConversationId, 2, first.Value!.ContinuationToken, default);

        Assert.Equal(["29:1", "29:2"], first.Value.Members.Select(m => m.Id));
        Assert.Equal("a@x.se", first.Value.Members[0].Email);
        Assert.Equal("29:3", Assert.Single(second.Value!.Members).Id);
        Assert.Null(second.Value.ContinuationToken);
        Assert.Equal(
            [$"/v3/conversations/{EscapedConversationId}/pagedmembers?pageSize=2",
             $"/v3/conversations/{EscapedConversationId}/pagedmembers?pageSize=2&continuationToken=a%2Bb%2Fc%3D"],
            server.Requests.Select(r => r.RawTarget));
        Assert.All(server.Requests, r => Assert.Equal("GET", r.Method));
    }

    [Fact]
    public async Task Paged_members_without_page_size_send_no_query()
    {
        var client = await ClientAsync(ScriptedResponse.Json(200, """{"members":[]}"""));

        await client.GetPagedMembersAsync(ServiceUrl(), "a:1", null, null, default);

        Assert.Equal("/v3/conversations/a%3A1/pagedmembers", Assert.Single(server!.Requests).RawTarget);
    }

    [Fact]
    public async Task Team_details_are_read_from_the_escaped_team_path()
    {
        var client = await ClientAsync(ScriptedResponse.Json(200, """{"id":"19:team@thread.tacv2","name":"Fika","aadGroupId":"g-1"}"""));

        var result = await client.GetTeamDetailsAsync(ServiceUrl(), "19:team@thread.tacv2", default);

        Assert.Equal(("Fika", "g-1"), (result.Value!.Name, result.Value.AadGroupId));
        var request = Assert.Single(server!.Requests);
        Assert.Equal(("GET", "/v3/teams/19%3Ateam%40thread.tacv2"), (request.Method, request.RawTarget));
    }

    [Fact]
    public async Task Without_a_token_no_Authorization_header_is_sent()
    {
        await StartAsync(ScriptedResponse.Json(200, """{"id":"1"}"""));
        var client = Client(tokens: new AnonymousConnectorTokenProvider());

        await client.SendToConversationAsync(ServiceUrl(), "a:1", Activity.CreateMessage("x"), default);

        Assert.Null(Assert.Single(server!.Requests).Header("Authorization"));
    }

    [Fact]
    public async Task Throttling_waits_at_least_the_Retry_After_seconds_then_succeeds()
    {
        var client = await ClientAsync(Throttled("7"), ScriptedResponse.Json(201, """{"id":"1"}"""));

        var result = await client.SendToConversationAsync(ServiceUrl(), "a:1", Activity.CreateMessage("x"), default);

        Assert.True(result.Succeeded);
        Assert.Equal(2, server!.Requests.Count);
        var wait = Assert.Single(time.Delays);
        Assert.InRange(wait, TimeSpan.FromSeconds(7), TimeSpan.FromSeconds(7) + Options().BaseDelay);
    }

    [Fact]
    public async Task A_Retry_After_date_is_honoured()
    {
        var at = DateTimeOffset.UtcNow.AddSeconds(20).ToString("r", CultureInfo.InvariantCulture);
        var client = await ClientAsync(Throttled(at), ScriptedResponse.Json(201, """{"id":"1"}"""));

        var result = await client.SendToConversationAsync(ServiceUrl(), "a:1", Activity.CreateMessage("x"), default);

        Assert.True(result.Succeeded);
        Assert.InRange(Assert.Single(time.Delays), TimeSpan.FromSeconds(18), TimeSpan.FromSeconds(21));
    }

    [Fact]
    public async Task A_Retry_After_beyond_the_maximum_delay_is_capped()
    {
        var client = await ClientAsync(Throttled("3600"), ScriptedResponse.Json(201, """{"id":"1"}"""));

        await client.SendToConversationAsync(ServiceUrl(), "a:1", Activity.CreateMessage("x"), default);

        Assert.InRange(Assert.Single(time.Delays), Options().MaxDelay, Options().MaxDelay + Options().BaseDelay);
    }

    [Fact]
    public async Task Retry_After_is_honoured_in_real_time()
    {
        await StartAsync(Throttled("1"), ScriptedResponse.Json(201, """{"id":"1"}"""));
        var client = Client(clock: TimeProvider.System);

        var result = await client.SendToConversationAsync(ServiceUrl(), "a:1", Activity.CreateMessage("x"), default);

        Assert.True(result.Succeeded);
        var requests = server!.Requests;
        Assert.True(Stopwatch.GetElapsedTime(requests[0].Timestamp, requests[1].Timestamp) >= TimeSpan.FromSeconds(1));
    }

    [Theory]
    [InlineData(412)]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task Transient_failures_are_retried_with_backoff(int status)
    {
        var client = await ClientAsync(new ScriptedResponse(status), new ScriptedResponse(status), ScriptedResponse.Json(201, """{"id":"1"}"""));

        var result = await client.SendToConversationAsync(ServiceUrl(), "a:1", Activity.CreateMessage("x"), default);

        Assert.True(result.Succeeded);
        Assert.Equal(3, server!.Requests.Count);
        Assert.Equal(2, time.Delays.Count);
        Assert.All(time.Delays, d => Assert.InRange(d, TimeSpan.Zero, Options().MaxDelay));
    }

    [Fact]
    public async Task A_timeout_is_retried()
    {
        await StartAsync(new ScriptedResponse(200, Delay: TimeSpan.FromSeconds(60)), ScriptedResponse.Json(201, """{"id":"1"}"""));
        using var impatient = new HttpClient { Timeout = TimeSpan.FromSeconds(3) };
        var client = Client(http: impatient);

        var result = await client.SendToConversationAsync(ServiceUrl(), "a:1", Activity.CreateMessage("x"), default);

        Assert.True(result.Succeeded);
        Assert.Equal(2, server!.Requests.Count);
    }

    [Theory]
    [InlineData("""{"error":{"code":"BotNotInConversationRoster","message":"The bot is not part of the conversation roster."}}""", "BotNotInConversationRoster")]
    [InlineData("""{"error":{"code":"Forbidden","subCode":"MessageWritesBlocked","message":"Thread is blocked."}}""", "MessageWritesBlocked")]
    [InlineData("""{"error":{"code":"BadArgument","message":"x","innerHttpError":{"statusCode":403,"body":{"error":{"subCode":"BotDisabledByAdmin"}}}}}""", "BotDisabledByAdmin")]
    [InlineData("not json", null)]
    public async Task Forbidden_is_unreachable_after_exactly_one_request(string body, string? code)
    {
        var client = await ClientAsync(ScriptedResponse.Json(403, body));

        var result = await client.SendToConversationAsync(ServiceUrl(), "a:1", Activity.CreateMessage("x"), default);

        Assert.Equal(ConnectorOutcome.Unreachable, result.Outcome);
        Assert.False(result.Succeeded);
        Assert.Equal(403, result.StatusCode);
        Assert.Equal(code, result.ErrorCode);
        Assert.Single(server!.Requests);
        Assert.Empty(time.Delays);
    }

    [Fact]
    public async Task Not_found_is_unreachable_after_exactly_one_request()
    {
        var client = await ClientAsync(ScriptedResponse.Json(404, """{"error":{"code":"ConversationNotFound","message":"gone"}}"""));

        var result = await client.SendToConversationAsync(ServiceUrl(), "a:1", Activity.CreateMessage("x"), default);

        Assert.Equal(ConnectorOutcome.Unreachable, result.Outcome);
        Assert.Equal((404, "ConversationNotFound"), (result.StatusCode, result.ErrorCode));
        Assert.Single(server!.Requests);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(401)]
    [InlineData(413)]
    public async Task Other_client_errors_fail_at_once(int status)
    {
        var client = await ClientAsync(ScriptedResponse.Json(status, """{"code":"BadSyntax"}"""));

        var result = await client.SendToConversationAsync(ServiceUrl(), "a:1", Activity.CreateMessage("x"), default);

        Assert.Equal(ConnectorOutcome.Failed, result.Outcome);
        Assert.Equal((status, "BadSyntax"), (result.StatusCode, result.ErrorCode));
        Assert.Single(server!.Requests);
    }

    [Fact]
    public async Task Exhausted_retries_fail_with_the_last_status()
    {
        var client = await ClientAsync(new ScriptedResponse(504), new ScriptedResponse(502));

        var result = await client.SendToConversationAsync(ServiceUrl(), "a:1", Activity.CreateMessage("x"), default);

        Assert.Equal(ConnectorOutcome.Failed, result.Outcome);
        Assert.Equal(502, result.StatusCode);
        Assert.Equal(Options().MaxRetries + 1, server!.Requests.Count);
        Assert.Null(result.RetryAfter);
    }

    [Fact]
    public async Task Exhausted_throttling_fails_with_the_Retry_After()
    {
        var client = await ClientAsync(Throttled("9"));

        var result = await client.SendToConversationAsync(ServiceUrl(), "a:1", Activity.CreateMessage("x"), default);

        Assert.Equal(ConnectorOutcome.Failed, result.Outcome);
        Assert.Equal(429, result.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(9), result.RetryAfter);
        Assert.Equal(Options().MaxRetries + 1, server!.Requests.Count);
    }

    [Fact]
    public async Task The_retry_count_is_configurable()
    {
        await StartAsync(new ScriptedResponse(503));
        var client = Client(options: new ConnectorClientOptions { MaxRetries = 0 });

        var result = await client.SendToConversationAsync(ServiceUrl(), "a:1", Activity.CreateMessage("x"), default);

        Assert.Equal(ConnectorOutcome.Failed, result.Outcome);
        Assert.Single(server!.Requests);
    }

    [Fact]
    public async Task An_unreachable_service_fails_after_retrying_without_throwing()
    {
        var client = Client();

        var result = await client.SendToConversationAsync(LocalHttpServer.UnusedAddress().ToString(), "a:1", Activity.CreateMessage("x"), default);

        Assert.Equal(ConnectorOutcome.Failed, result.Outcome);
        Assert.Null(result.StatusCode);
        Assert.Equal(Options().MaxRetries, time.Delays.Count);
    }

    [Fact]
    public async Task A_failing_token_provider_fails_the_call_without_sending()
    {
        await StartAsync(ScriptedResponse.Json(201, """{"id":"1"}"""));
        var client = Client(tokens: new FailingTokens());

        var result = await client.SendToConversationAsync(ServiceUrl(), "a:1", Activity.CreateMessage("x"), default);

        Assert.Equal(ConnectorOutcome.Failed, result.Outcome);
        Assert.Empty(server!.Requests);
    }

    [Fact]
    public async Task Cancellation_is_thrown()
    {
        var client = await ClientAsync(Throttled("1"));
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => client.SendToConversationAsync(ServiceUrl(), "a:1", Activity.CreateMessage("x"), cancelled.Token));
    }

    [Fact]
    public async Task Cancellation_during_a_Retry_After_wait_is_thrown()
    {
        await StartAsync(Throttled("30"));
        var client = Client(clock: TimeProvider.System);
        using var soon = new CancellationTokenSource(TimeSpan.FromSeconds(3));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => client.SendToConversationAsync(ServiceUrl(), "a:1", Activity.CreateMessage("x"), soon.Token));
        Assert.Single(server!.Requests);
    }

    private static ConnectorClientOptions Options() => new()
    {
        MaxRetries = 3,
        BaseDelay = TimeSpan.FromMilliseconds(10),
        MaxDelay = TimeSpan.FromSeconds(60),
    };

    private static ScriptedResponse Throttled(string retryAfter) =>
        new(429, """{"error":{"code":"Throttled"}}""", new Dictionary<string, string> { ["Retry-After"] = retryAfter, ["Content-Type"] = "application/json" });

    private async Task StartAsync(params ScriptedResponse[] responses) =>
        server = await LocalHttpServer.StartAsync(LocalHttpServer.Sequence(responses));

    private async Task<ConnectorClient> ClientAsync(params ScriptedResponse[] responses)
    {
        await StartAsync(responses);
        return Client();
    }

    private ConnectorClient Client(
        IConnectorTokenProvider? tokens = null, ConnectorClientOptions? options = null, TimeProvider? clock = null, HttpClient? http = null) =>
        new(http ?? Http, tokens ?? new StaticTokens(), options ?? Options(), clock ?? time);

    private string ServiceUrl(string path = "") => new Uri(server!.BaseAddress, path).ToString();

    private sealed class StaticTokens : IConnectorTokenProvider
    {
        public Task<string?> GetTokenAsync(CancellationToken ct) => Task.FromResult<string?>("connector-token");
    }

    private sealed class FailingTokens : IConnectorTokenProvider
    {
        public Task<string?> GetTokenAsync(CancellationToken ct) => throw new InvalidOperationException("no secret");
    }
}
