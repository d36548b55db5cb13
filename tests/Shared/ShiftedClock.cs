namespace TrivselsBot.Testing;

/// <summary>The system clock moved to another instant: time passes as usual from <c>now</c> on, timers run in real time.</summary>
public sealed class ShiftedClock(DateTimeOffset now) : TimeProvider
{
    private readonly TimeSpan _shift = now - System.GetUtcNow();

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + _shift;
}
