using System.ComponentModel.DataAnnotations;

namespace TrivselsBot.Graph;

/// <summary>
/// Microsoft Graph, used to install the Teams app for a person the bot cannot yet write to (section "Graph").
/// Off unless <see cref="Enabled"/>; then <see cref="CatalogAppId"/> is required.
/// </summary>
public sealed class GraphOptions : IValidatableObject
{
    public const string Section = "Graph";

    public bool Enabled { get; set; }

    /// <summary>The app's id in the tenant's app catalog (Teams admin center > Manage apps > the app > App ID), a GUID.</summary>
    public string? CatalogAppId { get; set; }

    /// <summary>Graph's root including the version; a national cloud's, or a local server's in tests.</summary>
    [Required]
    public string BaseUrl { get; set; } = "https://graph.microsoft.com/v1.0";

    /// <summary>
    /// True: DefaultAzureCredential (the App Service's managed identity, home tenant only). False: a client secret
    /// credential per tenant from the bot's App ID and password.
    /// </summary>
    public bool UseManagedIdentity { get; set; }

    /// <summary>Repeats of a request Graph answered 429, 503 or 504, each after its Retry-After (or a doubling wait).</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    /// <summary>The first wait when Graph gives no Retry-After; whole seconds (the SDK's unit).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:03:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>The most a request waits in total across its repeats; a Retry-After beyond it ends the try (a later run tries again).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:30:00")]
    public TimeSpan MaxRetryWait { get; set; } = TimeSpan.FromMinutes(1);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Enabled) yield break;
        if (!Guid.TryParse(CatalogAppId, out _))
        {
            yield return new ValidationResult("Graph:CatalogAppId must be the app's catalog id (a GUID) when Graph is enabled.", [nameof(CatalogAppId)]);
        }
        if (!Uri.TryCreate(BaseUrl, UriKind.Absolute, out var url) || url.Scheme is not ("https" or "http"))
        {
            yield return new ValidationResult("Graph:BaseUrl must be an absolute http(s) address.", [nameof(BaseUrl)]);
        }
    }
}
