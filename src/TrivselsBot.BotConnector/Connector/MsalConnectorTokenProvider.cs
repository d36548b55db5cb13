using System.Security.Cryptography.X509Certificates;
using Microsoft.Identity.Client;

namespace TrivselsBot.BotConnector;

/// <summary>
/// Client-credentials tokens for the Bot Connector service, proven by a client secret or a certificate;
/// MSAL caches each token until shortly before it expires.
/// </summary>
public sealed class MsalConnectorTokenProvider : IConnectorTokenProvider
{
    public const string Scope = "https://api.botframework.com/.default";

    private static readonly string[] Scopes = [Scope];
    private readonly IConfidentialClientApplication app;

    /// <param name="tenantId">Set for a single-tenant bot; a multi-tenant bot gets its tokens from the botframework.com tenant.</param>
    /// <param name="authority">Replaces the authority derived from <paramref name="tenantId"/>.</param>
    /// <param name="http">The HttpClient MSAL sends its requests with; MSAL's own when null.</param>
    public MsalConnectorTokenProvider(string appId, string secret, string? tenantId = null, string? authority = null, HttpClient? http = null)
        : this(appId, builder => builder.WithClientSecret(RequireSecret(secret)), tenantId, authority, http)
    {
    }

    /// <param name="certificate">With its private key: MSAL signs a client assertion with it instead of sending a secret.</param>
    public MsalConnectorTokenProvider(string appId, X509Certificate2 certificate, string? tenantId = null, string? authority = null, HttpClient? http = null)
        : this(appId, builder => builder.WithCertificate(RequirePrivateKey(certificate)), tenantId, authority, http)
    {
    }

    private MsalConnectorTokenProvider(
        string appId, Func<ConfidentialClientApplicationBuilder, ConfidentialClientApplicationBuilder> withCredential, string? tenantId, string? authority, HttpClient? http)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(appId);

        var builder = withCredential(ConfidentialClientApplicationBuilder.Create(appId))
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

    private static string RequireSecret(string secret)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(secret);
        return secret;
    }

    private static X509Certificate2 RequirePrivateKey(X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        if (!certificate.HasPrivateKey)
        {
            throw new ArgumentException($"The certificate {certificate.Thumbprint} has no private key, so it cannot sign the client assertion.", nameof(certificate));
        }
        return certificate;
    }

    private sealed class FixedHttpClientFactory(HttpClient http) : IMsalHttpClientFactory
    {
        public HttpClient GetHttpClient() => http;
    }
}
