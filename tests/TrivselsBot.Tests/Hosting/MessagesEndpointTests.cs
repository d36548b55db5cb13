using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using TrivselsBot.Testing;

namespace TrivselsBot.Tests.Hosting;

[Collection(AzuriteCollection.Name)]
public sealed class MessagesEndpointTests(AzuriteServer azurite) : BotWithConnectorTests(azurite)
{

    [Theory]
    [InlineData("{not json")]
    [InlineData("")]
    [InlineData("[]")]
    [InlineData("\"message\"")]
    [InlineData("{\"text\":\"no type\"}")]
    public async Task A_body_that_is_not_an_activity_gets_400(string body)
    {
        var response = await Bot.PostRawAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("error", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_over_256_KB_gets_413()
    {
        var message = TeamsActivities.Message(Connector.ServiceUrl, new string('x', 256 * 1024));

        var response = await Bot.PostActivityAsync(message);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(Connector.ActivitiesSent());
    }

    [Fact]
    public async Task A_chunked_body_over_256_KB_without_content_length_gets_413()
    {
        var bytes = Encoding.UTF8.GetBytes(TeamsActivities.Message(Connector.ServiceUrl, new string('x', 300 * 1024)).ToJsonString());
        var content = new StreamContent(new MemoryStream(bytes));
        content.Headers.ContentType = new("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, "api/messages") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        var response = await Bot.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Theory]
    [InlineData("messageReaction")]
    [InlineData("typing")]
    [InlineData("somethingTeamsInventsNextYear")]
    public async Task Unknown_activity_types_get_200_and_are_ignored(string type)
    {
        var activity = TeamsActivities.Message(Connector.ServiceUrl, "hjælp");
        activity["type"] = type;

        var response = await Bot.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Task.Delay(100);
        Assert.Empty(Connector.ActivitiesSent());
    }

    [Theory]
    [InlineData("serviceUrl", null)]
    [InlineData("serviceUrl", "not a url")]
    [InlineData("serviceUrl", "file:///etc/passwd")]
    [InlineData("conversation", null)]
    [InlineData("from", null)]
    [InlineData("recipient", null)]
    public async Task A_message_missing_what_a_reply_needs_gets_400(string field, string? value)
    {
        var activity = TeamsActivities.Message(Connector.ServiceUrl, "hjælp");
        activity[field] = value is null ? null : JsonValue.Create(value);

        var response = await Bot.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(Connector.ActivitiesSent());
    }

    [Fact]
    public async Task A_failingConnector_does_not_make_theBot_fail()
    {
        Connector.FailNext(403);

        var response = await Bot.PostActivityAsync(TeamsActivities.Message(Connector.ServiceUrl, "hjælp", "a:" + Guid.NewGuid()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Storage_down_gives_the_user_a_polite_answer_and_never_a_500()
    {
        await using var bot = await BotUnderTest.StartAsync(AzuriteServer.ConnectionStringFor(LocalPorts.Free()));

        var message = await bot.PostActivityAsync(TeamsActivities.Message(Connector.ServiceUrl, "hjælp", "a:" + Guid.NewGuid()));
        var install = await bot.PostActivityAsync(TeamsActivities.InstallationUpdate(Connector.ServiceUrl, "add", "a:" + Guid.NewGuid()));

        Assert.Equal(HttpStatusCode.OK, message.StatusCode);
        var polite = Assert.Single(await Connector.WaitForActivitiesAsync(1));
        Assert.Contains("noget gik galt", polite.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, install.StatusCode);
    }

    [Fact]
    public async Task An_activity_from_a_tenant_not_on_the_allow_list_gets_403()
    {
        await using var bot = await BotUnderTest.StartAsync(Azurite.ConnectionString,
            new Dictionary<string, string?> { ["Bot:AllowedTenants:0"] = "the-only-tenant" });

        var response = await bot.PostActivityAsync(TeamsActivities.Message(Connector.ServiceUrl, "hjælp"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(Connector.ActivitiesSent());
    }
}
