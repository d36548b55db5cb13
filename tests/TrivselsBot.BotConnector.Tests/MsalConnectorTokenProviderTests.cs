using System.Collections.Concurrent;
using System.Web;
using TrivselsBot.BotConnector.Tests.Infrastructure;

namespace TrivselsBot.BotConnector.Tests;

public sealed class MsalConnectorTokenProviderTests : IAsyncDisposable
{
    private LocalHttpServer server = null!;
    private RedirectToServer redirect = null!;

    public async ValueTask DisposeAsync()
    {
        redirect.Dispose();
        await server.DisposeAsync();
    }

    [Fact]
    public async Task A_multi_tenant_bot_gets_a_client_credentials_token_from_the_botframework_tenant()
    {
        var provider = await ProviderAsync(tenantId: null, authority: null);

        var token = await provider.GetTokenAsync(default);

        Assert.Equal("token-1", token);
        var tokenRequest = Assert.Single(server.Requests, r => r.Method == "POST");
        Assert.Contains(new Uri("https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token"), redirect.OriginalUris);
        var form = HttpUtility.ParseQueryString(tokenRequest.Body);
        Assert.Equal("client_credentials", form["grant_type"]);
        Assert.Equal("app-id", form["client_id"]);
        Assert.Equal("app-secret", form["client_secret"]);
        Assert.Equal("https://api.botframework.com/.default", form["scope"]);
    }

    [Fact]
    public async Task A_single_tenant_bot_gets_its_token_from_its_tenant()
    {
        var provider = await ProviderAsync(tenantId: "contoso-tenant", authority: null);

        await provider.GetTokenAsync(default);

        Assert.Contains(new Uri("https://login.microsoftonline.com/contoso-tenant/oauth2/v2.0/token"), redirect.OriginalUris);
    }

    [Fact]
    public async Task The_authority_can_be_replaced()
    {
        var provider = await ProviderAsync(tenantId: "ignored", authority: "https://login.microsoftonline.com/override-tenant");

        await provider.GetTokenAsync(default);

        Assert.Contains(new Uri("https://login.microsoftonline.com/override-tenant/oauth2/v2.0/token"), redirect.OriginalUris);
    }

    [Fact]
    public async Task The_token_is_cached_until_it_expires()
    {
        var provider = await ProviderAsync(tenantId: null, authority: null);

        var first = await provider.GetTokenAsync(default);
        var second = await provider.GetTokenAsync(default);

        Assert.Equal(first, second);
        Assert.Single(server.Requests, r => r.Method == "POST");
    }

    private async Task<MsalConnectorTokenProvider> ProviderAsync(string? tenantId, string? authority)
    {
        var issued = 0;
        server = await LocalHttpServer.StartAsync(request => request.Method == "POST" && request.Path.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal)
            ? ScriptedResponse.Json(200, $$"""{"token_type":"Bearer","expires_in":3599,"ext_expires_in":3599,"access_token":"token-{{Interlocked.Increment(ref issued)}}"}""")
            : new ScriptedResponse(404));
        redirect = new RedirectToServer(server.BaseAddress);
        return new MsalConnectorTokenProvider("app-id", "app-secret", tenantId, authority, new HttpClient(redirect));
    }

    /// <summary>Sends every request to the local server, remembering where MSAL meant it to go.</summary>
    private sealed class RedirectToServer(Uri server) : DelegatingHandler(new HttpClientHandler())
    {
        private readonly ConcurrentQueue<Uri> originalUris = new();

        public IReadOnlyList<Uri> OriginalUris => [.. originalUris];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            originalUris.Enqueue(request.RequestUri!);
            request.RequestUri = new Uri(server, request.RequestUri!.PathAndQuery);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
