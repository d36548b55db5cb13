using System.Net;
using Azure.Core;
using Azure.Core.Pipeline;

namespace TrivselsBot.TableStorage;

/// <summary>Where the Table service is and how to authenticate to it: an account key or a token credential.</summary>
public sealed class TableConnection
{
    private const string StorageScope = "https://storage.azure.com/.default";
    private const string DevelopmentAccount = "devstoreaccount1";
    private const string DevelopmentKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private static readonly Uri DevelopmentEndpoint = new("http://127.0.0.1:10002/devstoreaccount1");

    /// <summary>Authenticates with bearer tokens (managed identity and the like) for the storage scope.</summary>
    public TableConnection(Uri tableEndpoint, TokenCredential credential)
    {
        ArgumentNullException.ThrowIfNull(tableEndpoint);
        ArgumentNullException.ThrowIfNull(credential);
        TableEndpoint = RequireHttp(tableEndpoint, nameof(tableEndpoint));
        AccountName = AccountNameOf(tableEndpoint);
        Credential = credential;
    }

    private TableConnection(Uri tableEndpoint, string accountName, string accountKey)
    {
        TableEndpoint = tableEndpoint;
        AccountName = accountName;
        AccountKey = accountKey;
    }

    public Uri TableEndpoint { get; }

    public string AccountName { get; }

    public string? AccountKey { get; }

    public TokenCredential? Credential { get; }

    /// <summary>
    /// Reads <c>UseDevelopmentStorage=true</c>, or AccountName and AccountKey with either TableEndpoint or
    /// DefaultEndpointsProtocol and EndpointSuffix. Error messages never repeat the string, as it holds a secret.
    /// </summary>
    public static TableConnection Parse(string connectionString)
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        var settings = ConnectionStringSettings.Split(connectionString);

        if (settings.TryGetValue("UseDevelopmentStorage", out var development))
        {
            return bool.TryParse(development, out var useDevelopment) && useDevelopment
                ? new TableConnection(DevelopmentEndpoint, DevelopmentAccount, DevelopmentKey)
                : throw Invalid("UseDevelopmentStorage may only be 'true'.");
        }

        if (settings.ContainsKey("SharedAccessSignature"))
        {
            throw Invalid("shared access signatures are not supported; use an AccountKey or a token credential.");
        }

        var accountKey = settings.GetValueOrDefault("AccountKey") ?? throw Invalid("it has no AccountKey.");
        if (!Convert.TryFromBase64String(accountKey, new byte[accountKey.Length], out _))
        {
            throw Invalid("its AccountKey is not base64.");
        }

        if (settings.TryGetValue("TableEndpoint", out var explicitEndpoint))
        {
            var endpoint = Uri.TryCreate(explicitEndpoint, UriKind.Absolute, out var parsed)
                ? RequireHttp(parsed, nameof(connectionString))
                : throw Invalid("its TableEndpoint is not an absolute URI.");
            return new TableConnection(endpoint, settings.GetValueOrDefault("AccountName") ?? AccountNameOf(endpoint), accountKey);
        }

        var accountName = settings.GetValueOrDefault("AccountName") ?? throw Invalid("it has neither a TableEndpoint nor an AccountName.");
        var protocol = settings.GetValueOrDefault("DefaultEndpointsProtocol") ?? "https";
        var suffix = settings.GetValueOrDefault("EndpointSuffix") ?? "core.windows.net";
        return Uri.TryCreate($"{protocol}://{accountName}.table.{suffix}", UriKind.Absolute, out var built)
            ? new TableConnection(RequireHttp(built, nameof(connectionString)), accountName, accountKey)
            : throw Invalid("its AccountName and EndpointSuffix do not form a valid endpoint.");
    }

    internal HttpPipelinePolicy CreateAuthenticationPolicy() => Credential is null
        ? new SharedKeyLitePolicy(AccountName, Convert.FromBase64String(AccountKey!))
        : new BearerTokenAuthenticationPolicy(Credential, StorageScope);

    private static ArgumentException Invalid(string reason) =>
        new($"The table connection string is invalid: {reason}");

    private static Uri RequireHttp(Uri endpoint, string paramName) =>
        endpoint.IsAbsoluteUri && (endpoint.Scheme == Uri.UriSchemeHttp || endpoint.Scheme == Uri.UriSchemeHttps)
            ? endpoint
            : throw new ArgumentException("The table endpoint must be an absolute http or https URI.", paramName);

    // Emulators address accounts by path (http://127.0.0.1:10002/account); Azure by host (https://account.table.…).
    private static string AccountNameOf(Uri endpoint) =>
        IPAddress.TryParse(endpoint.Host, out _) || endpoint.IsLoopback
            ? endpoint.Segments.ElementAtOrDefault(1)?.TrimEnd('/') ?? throw new ArgumentException("The emulator endpoint has no account name in its path.", nameof(endpoint))
            : endpoint.Host.Split('.')[0];
}
