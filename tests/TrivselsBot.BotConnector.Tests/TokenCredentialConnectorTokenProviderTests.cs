using System.Globalization;
using System.Web;
using Azure.Core.Pipeline;
using Azure.Identity;
using TrivselsBot.BotConnector.Tests.Infrastructure;

namespace TrivselsBot.BotConnector.Tests;

/// <summary>
/// The user-assigned managed identity of a UserAssignedMSI bot, through Azure.Identity's real ManagedIdentityCredential.
/// No environment variables here, so the credential speaks the Azure VM/IMDS protocol; its transport is injected and
/// sends every request to a local server answering IMDS's documented shape.
/// </summary>
public sealed class TokenCredentialConnectorTokenProviderTests : IAsyncDisposable
{
    private const string ImdsTokenUri = "http://169.254.169.254/metadata/identity/oauth2/token";

    // MSAL keeps managed identity tokens in a cache shared by the process: each test uses its own client id.
    private readonly string clientId = Guid.NewGuid().ToString();
    private LocalHttpServer server = null!;
    private RedirectToServer redirect = null!;
    private int issued;

    public async ValueTask DisposeAsync()
    {
        redirect.Dispose();
        await server.DisposeAsync();
    }

    [Fact]
    public async Task The_managed_identity_is_asked_for_a_Bot_Framework_token_for_the_bots_client_id()
    {
        var provider = await ProviderAsync(_ => Token(expiresIn: TimeSpan.FromHours(24)));

        var token = await provider.GetTokenAsync(default);

        Assert.Equal("mi-token-1", token);
        var request = Assert.Single(server.Requests);
        Assert.Equal("GET", request.Method);
        Assert.Equal("/metadata/identity/oauth2/token", request.Path);
        Assert.Equal("true", request.Header("Metadata"));
        var query = HttpUtility.ParseQueryString(new Uri(server.BaseAddress, request.RawTarget).Query);
        Assert.Equal("https://api.botframework.com", query["resource"]);
        Assert.Equal(clientId, query["client_id"]);
        Assert.StartsWith(ImdsTokenUri + "?", Assert.Single(redirect.OriginalUris).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_token_is_reused_until_shortly_before_it_expires_without_a_second_cache()
    {
        var provider = await ProviderAsync(_ => Token(expiresIn: TimeSpan.FromHours(24)));

        var first = await provider.GetTokenAsync(default);
        var second = await provider.GetTokenAsync(default);

        Assert.Equal(first, second);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task A_token_about_to_expire_is_fetched_again()
    {
        // MSAL refreshes a token that expires within five minutes.
        var provider = await ProviderAsync(_ => Token(expiresIn: TimeSpan.FromMinutes(2)));

        var first = await provider.GetTokenAsync(default);
        var second = await provider.GetTokenAsync(default);

        Assert.NotEqual(first, second);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task A_refusal_from_the_identity_endpoint_is_an_error_not_an_empty_token()
    {
        var provider = await ProviderAsync(_ => ScriptedResponse.Json(400,
            """{"error":"invalid_request","error_description":"Identity not found"}"""));

        var error = await Assert.ThrowsAnyAsync<Exception>(() => provider.GetTokenAsync(default));

        Assert.Contains("Identity not found", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_token_reaches_the_connector_as_the_bearer_of_a_real_send()
    {
        var provider = await ProviderAsync(_ => Token(expiresIn: TimeSpan.FromHours(24)));
        await using var connector = await LocalHttpServer.StartAsync(_ => ScriptedResponse.Json(201, """{"id":"1:new"}"""));
        using var http = new HttpClient();
        var client = new ConnectorClient(http, provider, new ConnectorClientOptions(), TimeProvider.System);

        var result = await client.SendToConversationAsync(connector.BaseAddress.ToString(), "a:1", Activity.CreateMessage("Hej"), default);

        Assert.True(result.Succeeded);
        Assert.Equal("Bearer mi-token-1", Assert.Single(connector.Requests).Header("Authorization"));
    }

    private ScriptedResponse Token(TimeSpan expiresIn)
    {
        var seconds = (long)expiresIn.TotalSeconds;
        var expiresOn = DateTimeOffset.UtcNow.Add(expiresIn).ToUnixTimeSeconds();
        return ScriptedResponse.Json(200, string.Create(CultureInfo.InvariantCulture,
            $$"""{"access_token":"mi-token-{{Interlocked.Increment(ref issued)}}","client_id":"{{clientId}}","expires_in":"{{seconds}}","expires_on":"{{expiresOn}}","ext_expires_in":"{{seconds}}","not_before":"{{expiresOn - seconds}}","resource":"https://api.botframework.com","token_type":"Bearer"}"""));
    }

    private async Task<TokenCredentialConnectorTokenProvider> ProviderAsync(Func<RecordedRequest, ScriptedResponse> respond)
    {
        server = await LocalHttpServer.StartAsync(respond);
        redirect = new RedirectToServer(server.BaseAddress);
        var options = new ManagedIdentityCredentialOptions(ManagedIdentityId.FromUserAssignedClientId(clientId))
        {
            Transport = new HttpClientTransport(new HttpClient(redirect)),
        };
        return new TokenCredentialConnectorTokenProvider(new ManagedIdentityCredential(options));
    }
}
