namespace TrivselsBot.CheckIns.Delivery;

/// <summary>
/// The departure times of one rate-limited stream: one request per <c>interval</c>, never a burst, on a fixed grid so that a
/// waiter waking late does not slow those after it (virtual scheduling). A pause moves the grid past its end.
/// <para>
/// The service counts arrivals in a sliding second, and a request arrives some time between leaving and its answer. So a
/// request counts here from its departure until one second after its answer: while <c>perSecond</c> requests count, the
/// next one waits. Then no second at the service can hold more than <c>perSecond</c> arrivals, however the network delays
/// them; slow answers cost a little throughput instead of 429s, each of which would stop the tenant for a whole
/// Retry-After. Times are readings of a monotonic clock. Not thread-safe.
/// </para>
/// </summary>
internal sealed class RequestSchedule(TimeSpan interval, int perSecond)
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    private readonly Queue<TimeSpan> _answered = new();
    private int _inFlight;
    private TimeSpan _next;
    private TimeSpan _pausedUntil;

    /// <summary>Takes the earliest free slot at or after <paramref name="now"/>; an idle stream banks no credit.</summary>
    public TimeSpan Reserve(TimeSpan now)
    {
        var slot = now > _next ? now : _next;
        _next = slot + interval;
        return slot;
    }

    /// <summary>
    /// Lets a request whose slot has come leave now (zero), or says how long until it may: until the oldest answer has
    /// been out of the window for a second, or one interval when every counted request is still in flight.
    /// </summary>
    public TimeSpan Depart(TimeSpan now)
    {
        ForgetAnswersBefore(now - Second);
        if (_inFlight + _answered.Count >= perSecond)
            return _answered.Count > 0 ? _answered.Peek() + Second - now : interval;
        _inFlight++;
        return TimeSpan.Zero;
    }

    /// <summary>The answer to a departed request came at <paramref name="now"/>; it counts for one second more.</summary>
    public void Answered(TimeSpan now)
    {
        _inFlight--;
        _answered.Enqueue(now);
    }

    /// <summary>Nothing departs until <paramref name="now"/> + <paramref name="duration"/>; a longer pause already set stands.</summary>
    public void Pause(TimeSpan now, TimeSpan duration)
    {
        var until = now + duration;
        if (until > _pausedUntil) _pausedUntil = until;
        if (_pausedUntil > _next) _next = _pausedUntil;
    }

    /// <summary>True while a pause set after a slot was reserved still runs: that slot must not be used.</summary>
    public bool IsPaused(TimeSpan now) => now < _pausedUntil;

    /// <summary>Holds nothing back any more, so it can be forgotten and made anew.</summary>
    public bool IsIdle(TimeSpan now)
    {
        ForgetAnswersBefore(now - Second);
        return _next <= now && !IsPaused(now) && _inFlight == 0 && _answered.Count == 0;
    }

    private void ForgetAnswersBefore(TimeSpan cutoff)
    {
        while (_answered.Count > 0 && _answered.Peek() <= cutoff) _answered.Dequeue();
    }
}
