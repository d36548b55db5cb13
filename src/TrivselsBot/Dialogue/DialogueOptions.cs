using System.ComponentModel.DataAnnotations;

namespace TrivselsBot.Dialogue;

/// <summary>Section "Dialogue": the limits of anonymous replies to comments. The batch times are fixed (<see cref="DeliverySlots"/>).</summary>
public sealed class DialogueOptions
{
    public const string Section = "Dialogue";
    public const int MaximumLength = 1000;

    /// <summary>Messages each side may send in one thread per (Copenhagen) day.</summary>
    [Range(1, 50)]
    public int MaxMessagesPerDay { get; set; } = 5;

    /// <summary>New threads (comments answered for the first time) per team per day.</summary>
    [Range(1, 100)]
    public int MaxNewThreadsPerDay { get; set; } = 10;
}

/// <summary>
/// Messages reach the other side only at fixed times: every half hour (hh:00 and hh:30 Copenhagen time, which are the
/// same instants in UTC as Denmark's offsets are whole hours), and never sooner than <see cref="MinimumWait"/> after
/// they were written — so neither side can tell when the other wrote from when it arrived.
/// </summary>
public static class DeliverySlots
{
    public static readonly TimeSpan Every = TimeSpan.FromMinutes(30);
    public static readonly TimeSpan MinimumWait = TimeSpan.FromMinutes(10);
    public const string Cron = "0 0,30 * * * ?";

    /// <summary>The first batch a message written at <paramref name="now"/> goes out with.</summary>
    public static DateTimeOffset For(DateTimeOffset now)
    {
        var earliest = now.ToUniversalTime() + MinimumWait;
        var ticks = (earliest.UtcTicks + Every.Ticks - 1) / Every.Ticks * Every.Ticks;
        return new DateTimeOffset(ticks, TimeSpan.Zero);
    }

    public static string Day(DateTimeOffset now) => DateOnly.FromDateTime(Scheduling.Copenhagen.LocalTime(now)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
