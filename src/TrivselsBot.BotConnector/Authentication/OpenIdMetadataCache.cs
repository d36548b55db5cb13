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
    private volatile Snapshot? snapshot;
    private DateTimeOffset forcedRefreshAllowedAfter;

    /// <summary>The cached metadata; <paramref name="forceRefresh"/> asks for a fresh copy, which is granted at most every five minutes.</summary>
    public async Task<OpenIdConnectConfiguration> GetAsync(bool forceRefresh, CancellationToken ct)
    {
        if (!forceRefresh && snapshot is { } cached && time.GetUtcNow() < cached.RefreshAfter)
        {
            return cached.Configuration;
        }

        await gate.WaitAsync(ct);
        try
        {
            var now = time.GetUtcNow();
            var forced = forceRefresh && now >= forcedRefreshAllowedAfter;
            if (snapshot is not { } current || now >= current.RefreshAfter || forced)
            {
                if (forced)
                {
                    forcedRefreshAllowedAfter = now + MinForcedRefreshInterval;
                }
                snapshot = await FetchAsync(now, ct);
            }
            return snapshot.Configuration;
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<Snapshot> FetchAsync(DateTimeOffset now, CancellationToken ct)
    {
        try
        {
            return new(await OpenIdConnectConfigurationRetriever.GetAsync(address, documents, ct), now + MaxAge);
        }
        catch (Exception) when (snapshot is { } stale && !ct.IsCancellationRequested)
        {
            // Stale keys are better than none; try again soon.
            return stale with { RefreshAfter = now + RetryAfterFailure };
        }
    }

    private sealed record Snapshot(OpenIdConnectConfiguration Configuration, DateTimeOffset RefreshAfter);
}
