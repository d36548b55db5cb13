using Microsoft.Extensions.DependencyInjection.Extensions;
using TrivselsBot.CheckIns;

namespace TrivselsBot.Hosting;

/// <summary>
/// The bot's clock in the local try (no App ID): the clock it would have otherwise, which a person may move forward to
/// end the week now (POST /local/close-week-now). Moved time holds until the bot stops; it never goes back.
/// </summary>
public sealed class LocalTryClock(TimeProvider inner) : TimeProvider
{
    private long _aheadTicks;

    public TimeSpan Ahead => TimeSpan.FromTicks(Interlocked.Read(ref _aheadTicks));

    public override DateTimeOffset GetUtcNow() => inner.GetUtcNow() + Ahead;

    public override long GetTimestamp() => inner.GetTimestamp();

    public override long TimestampFrequency => inner.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => inner.LocalTimeZone;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) => inner.CreateTimer(callback, state, dueTime, period);

    /// <summary>Moves the clock to a minute into the next pulse week (Monday 00:01, Copenhagen), so the current one has ended. Returns the week that ended.</summary>
    public PulsePeriod EndCurrentWeek()
    {
        var now = GetUtcNow();
        var ending = PulsePeriod.Containing(now);
        Interlocked.Add(ref _aheadTicks, (ending.End + TimeSpan.FromMinutes(1) - now).Ticks);
        return ending;
    }

    /// <summary>In the local try, wraps whatever clock is registered (the system's, or a test's) in one that can be moved.</summary>
    public static void Register(IServiceCollection services)
    {
        var registered = services.LastOrDefault(d => d.ServiceType == typeof(TimeProvider));
        TimeProvider inner = registered?.ImplementationInstance as TimeProvider ?? TimeProvider.System;
        services.RemoveAll<TimeProvider>();
        var clock = new LocalTryClock(inner);
        services.AddSingleton(clock);
        services.AddSingleton<TimeProvider>(clock);
    }
}
