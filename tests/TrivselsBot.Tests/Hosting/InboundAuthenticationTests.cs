using System.Net;
using TrivselsBot.BotConnector.Tests.Infrastructure;
using TrivselsBot.Testing;

namespace TrivselsBot.Tests.Hosting;

/// <summary>The bot with an App ID, validating Bot Framework tokens signed by keys from a local OpenID metadata endpoint.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class InboundAuthenticationTests(AzuriteServer azurite) : IAsyncLifetime
{
    private const string AppId = "7a3f0c1e-0000-4000-8000-000000000001";
    private const string BotFramework = "https://api.botframework.com";
    private readonly TestSigningKey _key = new("key-1", "msteams");
    private OpenIdMetadataServer _metadata = null!;
    private RecordingConnector _connector = null!;
    private BotUnderTest _bot = null!;

    public async Task InitializeAsync()
    {
        _metadata = await OpenIdMetadataServer.StartAsync();
        _metadata.BotFrameworkKeys = [_key];
        _connector = await RecordingConnector.StartAsync();
        _bot = await BotUnderTest.StartAsync(azurite.ConnectionString, new Dictionary<string, string?>
        {
            ["Bot:AppId"] = AppId,
            ["Bot:AppPassword"] = "not-used-the-connector-is-local",
            ["Bot:OpenIdMetadataUrl"] = _metadata.BotFrameworkMetadataUrl,
            ["Bot:RequireHttpsMetadata"] = "false",
            ["Bot:AllowedTenants:0"] = TeamsActivities.TenantId,
        });
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _connector.DisposeAsync();
        await _metadata.DisposeAsync();
    }

    private string Token(string? serviceUrl = null, string audience = AppId, string issuer = BotFramework, TimeSpan? age = null)
    {
        var now = DateTimeOffset.UtcNow - (age ?? TimeSpan.Zero);
        return _key.Mint(issuer, audience, now.AddMinutes(-1), now.AddMinutes(30), serviceUrl ?? _connector.ServiceUrl);
    }

    [Fact]
    public async Task A_valid_Bot_Framework_token_is_accepted()
    {
        var response = await _bot.PostActivityAsync(TeamsActivities.Message(_connector.ServiceUrl, "hvad?", "a:" + Guid.NewGuid()), Token());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_missing_token_gets_401_and_nothing_is_done()
    {
        var response = await _bot.PostActivityAsync(TeamsActivities.InstallationUpdate(_connector.ServiceUrl, "add", "a:" + Guid.NewGuid()));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_connector.Calls);
    }

    [Fact]
    public async Task An_expired_token_gets_401() =>
        Assert.Equal(HttpStatusCode.Unauthorized, (await _bot.PostActivityAsync(
            TeamsActivities.Message(_connector.ServiceUrl, "hjælp"), Token(age: TimeSpan.FromHours(2)))).StatusCode);

    [Fact]
    public async Task A_token_for_another_bot_gets_401() =>
        Assert.Equal(HttpStatusCode.Unauthorized, (await _bot.PostActivityAsync(
            TeamsActivities.Message(_connector.ServiceUrl, "hjælp"), Token(audience: "someone-else"))).StatusCode);

    [Fact]
    public async Task A_token_from_another_issuer_gets_401() =>
        Assert.Equal(HttpStatusCode.Unauthorized, (await _bot.PostActivityAsync(
            TeamsActivities.Message(_connector.ServiceUrl, "hjælp"), Token(issuer: "https://evil.example"))).StatusCode);

    [Fact]
    public async Task A_forged_token_signed_by_an_unknown_key_gets_401()
    {
        var forger = new TestSigningKey("key-1", "msteams");
        var now = DateTimeOffset.UtcNow;
        var forged = forger.Mint(BotFramework, AppId, now.AddMinutes(-1), now.AddMinutes(30), _connector.ServiceUrl);

        var response = await _bot.PostActivityAsync(TeamsActivities.Message(_connector.ServiceUrl, "hjælp"), forged);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_connector.Calls);
    }

    [Fact]
    public async Task A_token_issued_for_another_service_url_gets_401_so_replies_cannot_be_redirected()
    {
        var response = await _bot.PostActivityAsync(
            TeamsActivities.Message(_connector.ServiceUrl, "hjælp"), Token(serviceUrl: "https://smba.trafficmanager.net/emea/"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_connector.Calls);
    }

    [Fact]
    public async Task A_valid_token_from_a_tenant_not_on_the_allow_list_gets_403()
    {
        var message = TeamsActivities.Message(_connector.ServiceUrl, "hjælp");
        message["conversation"]!["tenantId"] = "another-municipality";
        message["channelData"]!["tenant"]!["id"] = "another-municipality";

        var response = await _bot.PostActivityAsync(message, Token());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(_connector.Calls);
    }
}
