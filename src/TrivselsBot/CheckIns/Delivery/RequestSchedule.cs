namespace TrivselsBot.CheckIns.Delivery;

/// <summary>
/// The departure times of one rate-limited stream: one request per <c>interval</c>, never a burst, on a fixed grid so that a
/// waiter waking late does not slow those after it (virtual scheduling). Waiters held up together (a stalled machine)
/// may not catch up in a burst either: at most <c>perSecond</c> depart within any second. A pause moves the grid past its
/// end. Times are readings of a monotonic clock. Not thread-safe.
/// </summary>
internal sealed class RequestSchedule(TimeSpan interval, int perSecond)
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    private readonly Queue<TimeSpan> _departures = new();
    private TimeSpan _next;
    private TimeSpan _pausedUntil;

    /// <summary>Takes the earliest free slot at or after <paramref name="now"/>; an idle stream banks no credit.</summary>
    public TimeSpan Reserve(TimeSpan now)
    {
        var slot = now > _next ? now : _next;
        _next = slot + interval;
        return slot;
    }

    /// <summary>Lets a request whose slot has come leave now (zero), or says how long until the last second has room for it.</summary>
    public TimeSpan Depart(TimeSpan now)
    {
        while (_departures.Count > 0 && now - _departures.Peek() >= Second) _departures.Dequeue();
        if (_departures.Count >= perSecond) return _departures.Peek() + Second - now;
        _departures.Enqueue(now);
        return TimeSpan.Zero;
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
    public bool IsIdle(TimeSpan now) => _next <= now && !IsPaused(now) && _departures.All(departed => now - departed >= Second);
}
