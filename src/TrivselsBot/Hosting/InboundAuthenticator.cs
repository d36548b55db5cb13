using Microsoft.Extensions.Options;
using TrivselsBot.BotConnector;

namespace TrivselsBot.Hosting;

/// <summary>
/// Decides whether an inbound activity may be handled: a valid Bot Framework / Entra ID token when an App ID is
/// configured; otherwise (local try) only requests from loopback. The tenant allow-list applies in both modes.
/// </summary>
public sealed class InboundAuthenticator(IOptions<BotOptions> options, BotTokenValidator? validator, ILogger<InboundAuthenticator> log)
{
    /// <summary>Null when the activity may be handled; otherwise the status code to refuse it with.</summary>
    public async Task<int?> RefuseAsync(HttpContext http, Activity activity, CancellationToken ct)
    {
        if (validator is null)
        {
            if (!LoopbackGuard.IsLoopback(http.Connection.RemoteIpAddress))
            {
                log.LogWarning("Refused an unauthenticated activity from {Remote}: no App ID is configured", http.Connection.RemoteIpAddress);
                return StatusCodes.Status401Unauthorized;
            }
            return TenantAllowed(activity) ? null : Forbidden(activity);
        }

        var header = http.Request.Headers.Authorization.ToString();
        var outcome = await validator.ValidateAsync(header.Length > 0 ? header : null, activity, ct);
        if (outcome.IsValid) return null;
        if (outcome.IsForbidden) return Forbidden(activity);
        log.LogWarning("Refused an activity: {Reason}", outcome.FailureReason);
        return StatusCodes.Status401Unauthorized;
    }

    private bool TenantAllowed(Activity activity)
    {
        var allowed = options.Value.AllowedTenants;
        return allowed.Count == 0 || allowed.Contains(TenantOf(activity) ?? "", StringComparer.OrdinalIgnoreCase);
    }

    private int Forbidden(Activity activity)
    {
        log.LogWarning("Refused an activity from tenant {Tenant}: not on the allow-list", TenantOf(activity));
        return StatusCodes.Status403Forbidden;
    }

    private static string? TenantOf(Activity activity) => activity.Conversation?.TenantId ?? activity.ChannelData?.Tenant?.Id;
}
