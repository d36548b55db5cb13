namespace TrivselsBot.Testing;

/// <summary>
/// The clock moved to another instant: time passes as usual from <c>now</c> on, timers run in real time. Time is counted
/// on the monotonic timer, so a step of the machine's wall clock (a VM's time sync) neither moves it nor turns it back.
/// </summary>
public sealed class ShiftedClock(DateTimeOffset now) : TimeProvider
{
    private readonly long _started = System.GetTimestamp();

    public override DateTimeOffset GetUtcNow() => now + System.GetElapsedTime(_started);
}
