namespace TrivselsBot.CheckIns.Delivery;

/// <summary>One request's permission to leave. Dispose it when the answer has come; disposing twice counts once.</summary>
public sealed class RequestTurn : IDisposable
{
    private readonly TeamsRateLimiter _limiter;
    private readonly RequestSchedule _tenant;
    private readonly RequestSchedule? _conversation;
    private int _answered;

    internal RequestTurn(TeamsRateLimiter limiter, RequestSchedule tenant, RequestSchedule? conversation)
    {
        _limiter = limiter;
        _tenant = tenant;
        _conversation = conversation;
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _answered, 1) == 0) _limiter.Answered(_tenant, _conversation);
    }
}
