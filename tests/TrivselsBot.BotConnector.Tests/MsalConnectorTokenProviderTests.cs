using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Web;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using TrivselsBot.BotConnector.Tests.Infrastructure;

namespace TrivselsBot.BotConnector.Tests;

public sealed class MsalConnectorTokenProviderTests : IAsyncDisposable
{
    private const string ClientAssertionType = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

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
        Assert.Contains(new Uri("https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token"), redirect.OriginalUris);
        var form = TokenRequestForm();
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

    [Fact]
    public async Task A_certificate_bot_proves_itself_with_an_assertion_signed_by_its_certificate_and_sends_no_secret()
    {
        using var certificate = TestCertificates.SelfSigned();
        var provider = await ProviderAsync(tenantId: "contoso-tenant", authority: null, certificate);

        var token = await provider.GetTokenAsync(default);

        Assert.Equal("token-1", token);
        var form = TokenRequestForm();
        Assert.Equal("client_credentials", form["grant_type"]);
        Assert.Equal("app-id", form["client_id"]);
        Assert.Equal("https://api.botframework.com/.default", form["scope"]);
        Assert.Null(form["client_secret"]);
        Assert.Equal(ClientAssertionType, form["client_assertion_type"]);

        var assertion = new JsonWebToken(form["client_assertion"]);
        Assert.Equal(Base64UrlEncoder.Encode(certificate.GetCertHash(HashAlgorithmName.SHA256)), assertion.GetHeaderValue<string>("x5t#S256"));
        Assert.Equal("app-id", assertion.Issuer);
        Assert.Equal("app-id", assertion.Subject);
        using var publicPart = TestCertificates.PublicPart(certificate);
        var check = await new JsonWebTokenHandler().ValidateTokenAsync(assertion, new TokenValidationParameters
        {
            IssuerSigningKey = new X509SecurityKey(publicPart),
            ValidIssuer = "app-id",
            ValidAudience = "https://login.microsoftonline.com/contoso-tenant/oauth2/v2.0/token",
        });
        Assert.True(check.IsValid, check.Exception?.Message);
    }

    [Fact]
    public async Task An_assertion_from_another_certificate_does_not_verify_with_this_ones_public_key()
    {
        using var certificate = TestCertificates.SelfSigned();
        using var other = TestCertificates.SelfSigned();
        var provider = await ProviderAsync(tenantId: null, authority: null, certificate);

        await provider.GetTokenAsync(default);

        var check = await new JsonWebTokenHandler().ValidateTokenAsync(TokenRequestForm()["client_assertion"], new TokenValidationParameters
        {
            IssuerSigningKey = new X509SecurityKey(other),
            ValidateIssuer = false,
            ValidateAudience = false,
        });
        Assert.False(check.IsValid);
    }

    [Fact]
    public void A_certificate_without_its_private_key_is_refused()
    {
        using var certificate = TestCertificates.SelfSigned();
        using var publicOnly = TestCertificates.PublicPart(certificate);

        var refusal = Assert.Throws<ArgumentException>(() => new MsalConnectorTokenProvider("app-id", publicOnly));

        Assert.Contains("private key", refusal.Message, StringComparison.Ordinal);
    }

    private System.Collections.Specialized.NameValueCollection TokenRequestForm() =>
        HttpUtility.ParseQueryString(Assert.Single(server.Requests, r => r.Method == "POST").Body);

    private async Task<MsalConnectorTokenProvider> ProviderAsync(string? tenantId, string? authority, X509Certificate2? certificate = null)
    {
        var issued = 0;
        server = await LocalHttpServer.StartAsync(request => request.Method == "POST" && request.Path.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal)
            ? ScriptedResponse.Json(200, $$"""{"token_type":"Bearer","expires_in":3599,"ext_expires_in":3599,"access_token":"token-{{Interlocked.Increment(ref issued)}}"}""")
            : new ScriptedResponse(404));
        redirect = new RedirectToServer(server.BaseAddress);
        var http = new HttpClient(redirect);
        return certificate is null
            ? new MsalConnectorTokenProvider("app-id", "app-secret", tenantId, authority, http)
            : new MsalConnectorTokenProvider("app-id", certificate, tenantId, authority, http);
    }
}
