namespace TrivselsBot.Demo;

/// <summary>A clock that stands where it is put: the demo's weeks pass on it one by one.</summary>
public sealed class DemoClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
