namespace TrivselsBot.Hosting;

/// <summary>The bot's identity and the rules for inbound requests (section "Bot").</summary>
public sealed class BotOptions
{
    public const string Section = "Bot";

    /// <summary>Microsoft App ID of the Azure Bot registration. Empty = local try without authentication (loopback only).</summary>
    public string? AppId { get; set; }

    /// <summary>Client secret of the app registration; required with an App ID.</summary>
    public string? AppPassword { get; set; }

    /// <summary>Tenant of a single-tenant bot registration; empty for multi-tenant.</summary>
    public string? TenantId { get; set; }

    /// <summary>Tenants whose activities are accepted; empty accepts every tenant.</summary>
    public List<string> AllowedTenants { get; set; } = [];

    /// <summary>Overrides the Bot Framework OpenID metadata address (tests only).</summary>
    public string? OpenIdMetadataUrl { get; set; }

    /// <summary>Overrides the Entra ID metadata address template (tests only).</summary>
    public string? EntraOpenIdMetadataUrlTemplate { get; set; }

    /// <summary>Only tests serving metadata from a local http server turn this off.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>Overrides the token authority for outbound calls (tests only).</summary>
    public string? TokenAuthority { get; set; }

    public int MaxActivityBytes { get; set; } = 256 * 1024;

    public bool IsAuthenticated => !string.IsNullOrWhiteSpace(AppId);
}
