namespace TrivselsBot.BotConnector;

public sealed class BotAuthenticationOptions
{
    /// <summary>The bot's Microsoft App ID: the audience every inbound token must carry.</summary>
    public string? AppId { get; set; }

    /// <summary>Set for a single-tenant or user-assigned managed identity bot: Entra ID tokens from this tenant are then accepted too.</summary>
    public string? TenantId { get; set; }

    public string OpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    public string EntraOpenIdMetadataUrlTemplate { get; set; } = "https://login.microsoftonline.com/{tenant}/v2.0/.well-known/openid-configuration";

    public string BotFrameworkIssuer { get; set; } = "https://api.botframework.com";

    /// <summary>Tenants whose activities are accepted; empty accepts every tenant.</summary>
    public IList<string> AllowedTenants { get; set; } = [];

    /// <summary>At most five minutes.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Off only for tests that serve metadata from a local HTTP server.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;
}
