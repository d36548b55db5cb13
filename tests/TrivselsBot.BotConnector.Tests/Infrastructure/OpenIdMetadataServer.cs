using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace TrivselsBot.BotConnector.Tests.Infrastructure;

public sealed class TestSigningKey(string kid, params string[] endorsements)
{
    private readonly RSA rsa = RSA.Create(2048);

    public string Kid { get; } = kid;

    public JsonObject ToJwk()
    {
        var parameters = rsa.ExportParameters(includePrivateParameters: false);
        var jwk = new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = Kid,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
        if (endorsements.Length > 0)
        {
            jwk["endorsements"] = new JsonArray([.. endorsements.Select(e => JsonValue.Create(e))]);
        }
        return jwk;
    }

    /// <summary>An RS256 token; <paramref name="kidOverride"/> names another key than the one that signs.</summary>
    public string Mint(string issuer, string audience, DateTimeOffset notBefore, DateTimeOffset expires, string? serviceUrl, string? kidOverride = null)
    {
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = notBefore.UtcDateTime,
            NotBefore = notBefore.UtcDateTime,
            Expires = expires.UtcDateTime,
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(rsa) { KeyId = kidOverride ?? Kid }, SecurityAlgorithms.RsaSha256),
        };
        if (serviceUrl is not null)
        {
            descriptor.Claims = new Dictionary<string, object> { ["serviceurl"] = serviceUrl };
        }
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }
}

/// <summary>Serves Bot Framework and Entra ID OpenID metadata with the keys the test publishes, as login.botframework.com and login.microsoftonline.com do.</summary>
public sealed class OpenIdMetadataServer : IAsyncDisposable
{
    private readonly LocalHttpServer server;
    private int keyFetches;

    private OpenIdMetadataServer(LocalHttpServer server) => this.server = server;

    public IReadOnlyList<TestSigningKey> BotFrameworkKeys { get; set; } = [];
    public IReadOnlyList<TestSigningKey> EntraKeys { get; set; } = [];
    public int KeyFetches => Volatile.Read(ref keyFetches);

    /// <summary>While set, every request is answered 503.</summary>
    public bool Down { get; set; }

    public string BotFrameworkMetadataUrl => new Uri(server.BaseAddress, "v1/.well-known/openidconfiguration").ToString();
    public string EntraMetadataUrlTemplate => server.BaseAddress + "{tenant}/v2.0/.well-known/openid-configuration";

    public static async Task<OpenIdMetadataServer> StartAsync()
    {
        OpenIdMetadataServer? metadata = null;
        var server = await LocalHttpServer.StartAsync(request => metadata!.Respond(request));
        metadata = new OpenIdMetadataServer(server);
        return metadata;
    }

    private ScriptedResponse Respond(RecordedRequest request)
    {
        if (Down)
        {
            return new ScriptedResponse(503);
        }
        var segments = request.Path.Trim('/').Split('/');
        return segments switch
        {
            ["v1", ".well-known", "openidconfiguration"] => Metadata("https://api.botframework.com", "v1/keys"),
            ["v1", "keys"] => Keys(BotFrameworkKeys),
            [var tenant, "v2.0", ".well-known", "openid-configuration"] =>
                Metadata($"https://login.microsoftonline.com/{tenant}/v2.0", $"{tenant}/discovery/v2.0/keys"),
            [_, "discovery", "v2.0", "keys"] => Keys(EntraKeys),
            _ => new ScriptedResponse(404),
        };
    }

    private ScriptedResponse Metadata(string issuer, string keysPath) => ScriptedResponse.Json(200, new JsonObject
    {
        ["issuer"] = issuer,
        ["authorization_endpoint"] = "https://invalid.example/authorize",
        ["jwks_uri"] = new Uri(server.BaseAddress, keysPath).ToString(),
        ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
        ["token_endpoint_auth_methods_supported"] = new JsonArray("private_key_jwt"),
    }.ToJsonString());

    private ScriptedResponse Keys(IReadOnlyList<TestSigningKey> keys)
    {
        Interlocked.Increment(ref keyFetches);
        return ScriptedResponse.Json(200, new JsonObject { ["keys"] = new JsonArray([.. keys.Select(k => k.ToJwk())]) }.ToJsonString());
    }

    public ValueTask DisposeAsync() => server.DisposeAsync();
}
