using Microsoft.Extensions.Options;

namespace TrivselsBot.CheckIns.Delivery;

/// <summary>
/// Paces every outbound request of the fan-outs in this instance under Teams' limits: one schedule per tenant and one per
/// conversation, each spreading requests evenly (the service counts in sliding windows, so bursts are throttled). A 429
/// pauses the whole tenant for its Retry-After, so parallel senders wait together instead of hammering it.
/// </summary>
public sealed class TeamsRateLimiter
{
    /// <summary>
    /// Requests leave at 98 % of each limit: the service counts arrivals in sliding windows, and the few milliseconds by which
    /// wake-ups and sends jitter would otherwise, now and then, land one request too many in a second (each 429 costs a
    /// whole Retry-After pause). 2 % leaves 20 ms of slack per window.
    /// </summary>
    private const double PacingShare = 0.98;

    private const int PruneThreshold = 1024;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, RequestSchedule> _tenants = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RequestSchedule> _conversations = new(StringComparer.Ordinal);
    private readonly TimeSpan _tenantInterval;
    private readonly TimeSpan _conversationInterval;
    private readonly TimeProvider _time;
    private readonly long _origin;
    private int _pruneAt = PruneThreshold;

    public TeamsRateLimiter(IOptions<DeliveryOptions> options, TimeProvider time)
    {
        _tenantInterval = TimeSpan.FromSeconds(1.0 / (options.Value.TenantRequestsPerSecond * PacingShare));
        _conversationInterval = TimeSpan.FromSeconds(1.0 / (options.Value.ConversationRequestsPerSecond * PacingShare));
        _time = time;
        _origin = time.GetTimestamp();
    }

    /// <summary>Waits for the turn of one request to the tenant and, unless it creates one, to the conversation.</summary>
    public async Task WaitAsync(string tenantId, string? conversationId, CancellationToken ct)
    {
        if (conversationId is not null) await WaitForAsync(_conversations, conversationId, _conversationInterval, ct);
        await WaitForAsync(_tenants, tenantId, _tenantInterval, ct);
    }

    /// <summary>The tenant answered 429: no request to it leaves before <paramref name="retryAfter"/> has passed.</summary>
    public void Pause(string tenantId, TimeSpan retryAfter)
    {
        lock (_gate)
        {
            var now = Now;
            ScheduleFor(_tenants, tenantId, _tenantInterval, now).Pause(now, retryAfter);
        }
    }

    private TimeSpan Now => _time.GetElapsedTime(_origin);

    private async Task WaitForAsync(Dictionary<string, RequestSchedule> schedules, string key, TimeSpan interval, CancellationToken ct)
    {
        while (true)
        {
            TimeSpan wait;
            lock (_gate)
            {
                var now = Now;
                wait = ScheduleFor(schedules, key, interval, now).Reserve(now) - now;
            }
            if (wait > TimeSpan.Zero) await Task.Delay(wait, _time, ct);
            lock (_gate)
            {
                var now = Now;
                if (!ScheduleFor(schedules, key, interval, now).IsPaused(now)) return;
            }
        }
    }

    private RequestSchedule ScheduleFor(Dictionary<string, RequestSchedule> schedules, string key, TimeSpan interval, TimeSpan now)
    {
        if (schedules.TryGetValue(key, out var schedule)) return schedule;
        if (schedules.Count >= _pruneAt)
        {
            foreach (var (idleKey, _) in schedules.Where(s => s.Value.IsIdle(now)).ToList()) schedules.Remove(idleKey);
            _pruneAt = Math.Max(PruneThreshold, schedules.Count * 2);
        }
        return schedules[key] = new RequestSchedule(interval);
    }
}
