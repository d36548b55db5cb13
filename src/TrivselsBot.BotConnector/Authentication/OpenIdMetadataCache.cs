using System.Diagnostics.CodeAnalysis;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace TrivselsBot.BotConnector;

/// <summary>
/// Caches one OpenID metadata document and its signing keys.
/// IdentityModel's ConfigurationManager is not used: since 8.x its RequestRefresh() refreshes in the background,
/// so the request that met a rotated key could not see it, and its blocking mode is a process-wide switch.
/// </summary>
[SuppressMessage("Reliability", "CA1001", Justification = "A SemaphoreSlim needs disposing only once its AvailableWaitHandle is used.")]
internal sealed class OpenIdMetadataCache(string address, IDocumentRetriever documents, TimeProvider time)
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromHours(24);
    private static readonly TimeSpan RetryAfterFailure = TimeSpan.FromMinutes(1);

    // Bounds the fetches that tokens with made-up key ids can cause.
    private static readonly TimeSpan MinForcedRefreshInterval = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim gate = new(1, 1);
    private OpenIdConnectConfiguration? current;
    private DateTimeOffset refreshAfter;
    private DateTimeOffset forcedRefreshAllowedAfter;

    /// <summary>The cached metadata; <paramref name="forceRefresh"/> asks for a fresh copy, which is granted at most every five minutes.</summary>
    public async Task<OpenIdConnectConfiguration> GetAsync(bool forceRefresh, CancellationToken ct)
    {
        if (!forceRefresh && current is { } cached && time.GetUtcNow() < refreshAfter)
        {
            return cached;
        }

        await gate.WaitAsync(ct);
        try
        {
            var now = time.GetUtcNow();
            var forced = forceRefresh && now >= forcedRefreshAllowedAfter;
            if (current is null || now >= refreshAfter || forced)
            {
                if (forced)
                {
                    forcedRefreshAllowedAfter = now + MinForcedRefreshInterval;
                }
                await FetchAsync(now, ct);
            }
            return current!;
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task FetchAsync(DateTimeOffset now, CancellationToken ct)
    {
        try
        {
            current = await OpenIdConnectConfigurationRetriever.GetAsync(address, documents, ct);
            refreshAfter = now + MaxAge;
        }
        catch (Exception) when (current is not null && !ct.IsCancellationRequested)
        {
            // Stale keys are better than none; try again soon.
            refreshAfter = now + RetryAfterFailure;
        }
    }
}
