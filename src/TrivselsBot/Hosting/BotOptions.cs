namespace TrivselsBot.Hosting;

/// <summary>The bot's identity and the rules for inbound requests (section "Bot").</summary>
public sealed class BotOptions
{
    public const string Section = "Bot";

    /// <summary>Microsoft App ID of the Azure Bot registration. Empty = local try without authentication (loopback only).</summary>
    public string? AppId { get; set; }

    /// <summary>The Azure Bot's "Type of App". Empty: SingleTenant when <see cref="TenantId"/> is set, otherwise MultiTenant.</summary>
    public BotAppType? AppType { get; set; }

    /// <summary>Client secret of the app registration (MultiTenant or SingleTenant); or use <see cref="CertificatePath"/>.</summary>
    public string? AppPassword { get; set; }

    /// <summary>A PKCS#12 (.pfx/.p12) file with the app registration's certificate and private key, instead of a secret.</summary>
    public string? CertificatePath { get; set; }

    /// <summary>Password of <see cref="CertificatePath"/>; empty for a file without one (App Service's /var/ssl/private files).</summary>
    public string? CertificatePassword { get; set; }

    /// <summary>Tenant of a SingleTenant or UserAssignedMSI bot registration; empty for multi-tenant.</summary>
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

    /// <summary>Whether the configuration names an App ID, before the options exist (service registration).</summary>
    public static bool IsAuthenticatedBy(IConfiguration configuration) => !string.IsNullOrWhiteSpace(configuration[$"{Section}:{nameof(AppId)}"]);

    public BotAppType EffectiveAppType => AppType ?? (string.IsNullOrWhiteSpace(TenantId) ? BotAppType.MultiTenant : BotAppType.SingleTenant);

    /// <summary>A UserAssignedMSI bot: it signs in with its managed identity and has no secret or certificate.</summary>
    public bool UsesManagedIdentity => IsAuthenticated && EffectiveAppType == BotAppType.UserAssignedMSI;

    public bool HasSecret => !string.IsNullOrWhiteSpace(AppPassword);

    public bool HasCertificate => !string.IsNullOrWhiteSpace(CertificatePath);
}
