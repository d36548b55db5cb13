using Microsoft.Extensions.Options;

namespace TrivselsBot.CheckIns.Delivery;

/// <summary>
/// Paces every outbound request of the fan-outs in this instance under Teams' limits: one schedule per tenant and one per
/// conversation, each spreading requests evenly and counting a request until a second after its answer (see
/// <see cref="RequestSchedule"/>), so network delays cannot crowd a second at the service. A 429 pauses the whole tenant
/// for its Retry-After plus a little jitter (<see cref="RetryJitter"/>), so parallel senders wait together instead of
/// hammering it, and instances do not all come back at once.
/// </summary>
public sealed class TeamsRateLimiter
{
    private const int PruneThreshold = 1024;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, RequestSchedule> _tenants = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RequestSchedule> _conversations = new(StringComparer.Ordinal);
    private readonly Pacing _tenant;
    private readonly Pacing _conversation;
    private readonly TimeProvider _time;
    private readonly RetryJitter _jitter;
    private readonly long _origin;
    private int _pruneAt = PruneThreshold;

    /// <param name="jitter">Defaults to <see cref="RetryJitter.Random"/>; tests pass a fixed one.</param>
    public TeamsRateLimiter(IOptions<DeliveryOptions> options, TimeProvider time, RetryJitter? jitter = null)
    {
        _jitter = jitter ?? RetryJitter.Random;
        _tenant = Pacing.Under(options.Value.TenantRequestsPerSecond);
        _conversation = Pacing.Under(options.Value.ConversationRequestsPerSecond);
        _time = time;
        _origin = time.GetTimestamp();
    }

    /// <summary>
    /// Waits for the turn of one request to the tenant and, unless it creates one, to the conversation. Dispose the turn
    /// when the answer has come (or the request was not sent): until a second after that it counts against the limits.
    /// </summary>
    public async Task<RequestTurn> WaitAsync(string tenantId, string? conversationId, CancellationToken ct)
    {
        RequestSchedule? conversation = null;
        if (conversationId is not null) conversation = await WaitForAsync(_conversations, conversationId, _conversation, ct);
        try
        {
            return new RequestTurn(this, await WaitForAsync(_tenants, tenantId, _tenant, ct), conversation);
        }
        catch (OperationCanceledException) when (conversation is not null)
        {
            Answered(null, conversation);
            throw;
        }
    }

    /// <summary>The tenant answered 429: no request to it leaves before <paramref name="retryAfter"/> and its jitter have passed.</summary>
    public void Pause(string tenantId, TimeSpan retryAfter)
    {
        lock (_gate)
        {
            var now = Now;
            ScheduleFor(_tenants, tenantId, _tenant, now).Pause(now, _jitter.Add(retryAfter));
        }
    }

    private TimeSpan Now => _time.GetElapsedTime(_origin);

    internal void Answered(RequestSchedule? tenant, RequestSchedule? conversation)
    {
        lock (_gate)
        {
            var now = Now;
            tenant?.Answered(now);
            conversation?.Answered(now);
        }
    }

    private async Task<RequestSchedule> WaitForAsync(Dictionary<string, RequestSchedule> schedules, string key, Pacing pacing, CancellationToken ct)
    {
        TimeSpan wait;
        lock (_gate)
        {
            var now = Now;
            wait = ScheduleFor(schedules, key, pacing, now).Reserve(now) - now;
        }
        while (true)
        {
            if (wait > TimeSpan.Zero) await Task.Delay(wait, _time, ct);
            lock (_gate)
            {
                var now = Now;
                var schedule = ScheduleFor(schedules, key, pacing, now);
                if (schedule.IsPaused(now)) wait = schedule.Reserve(now) - now;
                else if ((wait = schedule.Depart(now)) == TimeSpan.Zero) return schedule;
            }
        }
    }

    private RequestSchedule ScheduleFor(Dictionary<string, RequestSchedule> schedules, string key, Pacing pacing, TimeSpan now)
    {
        if (schedules.TryGetValue(key, out var schedule)) return schedule;
        if (schedules.Count >= _pruneAt)
        {
            foreach (var (idleKey, _) in schedules.Where(s => s.Value.IsIdle(now)).ToList()) schedules.Remove(idleKey);
            _pruneAt = Math.Max(PruneThreshold, schedules.Count * 2);
        }
        return schedules[key] = new RequestSchedule(pacing.Interval, pacing.PerSecond);
    }

    private readonly record struct Pacing(TimeSpan Interval, int PerSecond)
    {
        public static Pacing Under(int limitPerSecond)
        {
            return new Pacing(TimeSpan.FromSeconds(1.0 / limitPerSecond), limitPerSecond);
        }
    }
}
