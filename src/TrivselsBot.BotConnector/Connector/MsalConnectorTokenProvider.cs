using Microsoft.Identity.Client;

namespace TrivselsBot.BotConnector;

/// <summary>Client-credentials tokens for the Bot Connector service; MSAL caches each token until shortly before it expires.</summary>
public sealed class MsalConnectorTokenProvider : IConnectorTokenProvider
{
    public const string Scope = "https://api.botframework.com/.default";

    private static readonly string[] Scopes = [Scope];
    private readonly IConfidentialClientApplication app;

    /// <param name="tenantId">Set for a single-tenant bot; a multi-tenant bot gets its tokens from the botframework.com tenant.</param>
    /// <param name="authority">Replaces the authority derived from <paramref name="tenantId"/>.</param>
    /// <param name="http">The HttpClient MSAL sends its requests with; MSAL's own when null.</param>
    public MsalConnectorTokenProvider(string appId, string secret, string? tenantId = null, string? authority = null, HttpClient? http = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(appId);
        ArgumentException.ThrowIfNullOrWhiteSpace(secret);

        var builder = ConfidentialClientApplicationBuilder.Create(appId)
            .WithClientSecret(secret)
            .WithAuthority(authority ?? $"https://login.microsoftonline.com/{(string.IsNullOrWhiteSpace(tenantId) ? "botframework.com" : tenantId)}");
        if (http is not null)
        {
            builder = builder.WithHttpClientFactory(new FixedHttpClientFactory(http));
        }
        app = builder.Build();
    }

    public async Task<string?> GetTokenAsync(CancellationToken ct)
    {
        var result = await app.AcquireTokenForClient(Scopes).ExecuteAsync(ct);
        return result.AccessToken;
    }

    private sealed class FixedHttpClientFactory(HttpClient http) : IMsalHttpClientFactory
    {
        public HttpClient GetHttpClient() => http;
    }
}
