using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace TrivselsBot.BotConnector;

/// <summary>Validates the JWT that the Bot Connector service (or Entra ID, for single-tenant bots) sends with every activity.</summary>
public sealed class BotTokenValidator
{
    private const string ServiceUrlClaim = "serviceurl";
    private static readonly TimeSpan MaxClockSkew = TimeSpan.FromMinutes(5);

    private readonly BotAuthenticationOptions options;
    private readonly TimeProvider time;
    private readonly JsonWebTokenHandler handler = new();
    private readonly TokenAuthority botFramework;
    private readonly TokenAuthority? entra;

    public BotTokenValidator(BotAuthenticationOptions options, HttpClient http, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.AppId, nameof(options) + "." + nameof(options.AppId));
        if (options.ClockSkew < TimeSpan.Zero || options.ClockSkew > MaxClockSkew)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.ClockSkew, "ClockSkew must be between zero and five minutes.");
        }

        this.options = options;
        this.time = time;
        var documents = new HttpDocumentRetriever(http) { RequireHttps = options.RequireHttpsMetadata };
        botFramework = new TokenAuthority(
            [options.BotFrameworkIssuer],
            new OpenIdMetadataCache(options.OpenIdMetadataUrl, documents, time),
            IsBotFramework: true);
        if (!string.IsNullOrWhiteSpace(options.TenantId))
        {
            var tenant = options.TenantId;
            entra = new TokenAuthority(
                [$"https://login.microsoftonline.com/{tenant}/v2.0", $"https://sts.windows.net/{tenant}/"],
                new OpenIdMetadataCache(options.EntraOpenIdMetadataUrlTemplate.Replace("{tenant}", tenant, StringComparison.Ordinal), documents, time),
                IsBotFramework: false);
        }
    }

    public async Task<TokenValidationOutcome> ValidateAsync(string? authorizationHeader, Activity activity, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(activity);

        if (!AuthenticationHeaderValue.TryParse(authorizationHeader, out var header)
            || !string.Equals(header.Scheme, "Bearer", StringComparison.OrdinalIgnoreCase)
            || string.IsNullOrWhiteSpace(header.Parameter))
        {
            return TokenValidationOutcome.Invalid("No Bearer token in the Authorization header.");
        }

        JsonWebToken token;
        try
        {
            token = handler.ReadJsonWebToken(header.Parameter);
        }
        catch (ArgumentException)
        {
            return TokenValidationOutcome.Invalid("The token is not a well-formed JWT.");
        }

        var authority = FindAuthority(token.Issuer);
        if (authority is null)
        {
            return TokenValidationOutcome.Invalid($"The issuer '{token.Issuer}' is not trusted.");
        }
        if (string.IsNullOrEmpty(token.Kid))
        {
            return TokenValidationOutcome.Invalid("The token names no signing key (kid).");
        }

        JsonWebKey? key;
        try
        {
            key = await FindKeyAsync(authority.Metadata, token.Kid, ct);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            return TokenValidationOutcome.Invalid($"The OpenID metadata could not be read: {e.Message}");
        }
        if (key is null)
        {
            return TokenValidationOutcome.Invalid($"The signing key '{token.Kid}' is not in the OpenID metadata.");
        }
        if (authority.IsBotFramework && !IsEndorsedFor(key, activity.ChannelId))
        {
            return TokenValidationOutcome.Invalid($"The signing key '{token.Kid}' is not endorsed for channel '{activity.ChannelId}'.");
        }

        var result = await handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuers = authority.Issuers,
            ValidAudience = options.AppId,
            IssuerSigningKey = key,
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
            // Checked below against the injected clock: IdentityModel only reads the wall clock.
            ValidateLifetime = false,
            RequireSignedTokens = true,
        });
        if (!result.IsValid)
        {
            return TokenValidationOutcome.Invalid($"The token is invalid: {result.Exception?.Message}");
        }
        if (LifetimeProblem(token) is { } lifetimeProblem)
        {
            return TokenValidationOutcome.Invalid(lifetimeProblem);
        }

        if (authority.IsBotFramework && !ServiceUrlMatches(token, activity.ServiceUrl))
        {
            return TokenValidationOutcome.Invalid("The token's serviceurl claim does not match the activity's serviceUrl.");
        }

        var tenantId = activity.Conversation?.TenantId ?? activity.ChannelData?.Tenant?.Id;
        if (options.AllowedTenants.Count > 0
            && (tenantId is null || !options.AllowedTenants.Contains(tenantId, StringComparer.OrdinalIgnoreCase)))
        {
            return TokenValidationOutcome.Forbidden($"The tenant '{tenantId}' is not allowed.", result.ClaimsIdentity);
        }

        return TokenValidationOutcome.Valid(result.ClaimsIdentity);
    }

    private string? LifetimeProblem(JsonWebToken token)
    {
        var now = time.GetUtcNow().UtcDateTime;
        if (token.ValidTo == DateTime.MinValue)
        {
            return "The token has no expiry.";
        }
        if (token.ValidTo + options.ClockSkew < now)
        {
            return $"The token expired at {token.ValidTo:O}.";
        }
        return token.ValidFrom - options.ClockSkew > now ? $"The token is not valid before {token.ValidFrom:O}." : null;
    }

    private TokenAuthority? FindAuthority(string issuer)
    {
        if (botFramework.Issuers.Contains(issuer, StringComparer.Ordinal))
        {
            return botFramework;
        }
        return entra is not null && entra.Issuers.Contains(issuer, StringComparer.Ordinal) ? entra : null;
    }

    private static async Task<JsonWebKey?> FindKeyAsync(OpenIdMetadataCache metadata, string kid, CancellationToken ct)
    {
        var key = FindKey(await metadata.GetAsync(forceRefresh: false, ct), kid);
        // An unknown key id usually means the keys were rotated since they were cached.
        return key ?? FindKey(await metadata.GetAsync(forceRefresh: true, ct), kid);
    }

    private static JsonWebKey? FindKey(OpenIdConnectConfiguration config, string kid) =>
        config.JsonWebKeySet?.Keys.FirstOrDefault(k => string.Equals(k.KeyId, kid, StringComparison.Ordinal));

    /// <summary>Bot Framework keys list the channels they may sign for; a key without the list is not restricted.</summary>
    private static bool IsEndorsedFor(JsonWebKey key, string? channelId)
    {
        if (string.IsNullOrEmpty(channelId) || !key.AdditionalData.TryGetValue("endorsements", out var endorsements))
        {
            return true;
        }
        return endorsements is JsonElement { ValueKind: JsonValueKind.Array } list
            && list.EnumerateArray().Any(e => e.ValueKind == JsonValueKind.String && string.Equals(e.GetString(), channelId, StringComparison.OrdinalIgnoreCase));
    }

    private static bool ServiceUrlMatches(JsonWebToken token, string? serviceUrl) =>
        token.TryGetPayloadValue<string>(ServiceUrlClaim, out var claimed)
        && serviceUrl is not null
        && string.Equals(claimed.TrimEnd('/'), serviceUrl.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);

    private sealed record TokenAuthority(string[] Issuers, OpenIdMetadataCache Metadata, bool IsBotFramework);
}
