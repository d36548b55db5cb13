using System.Globalization;
using TrivselsBot.Scheduling;

namespace TrivselsBot.CheckIns;

/// <summary>A pulse period: one ISO week in Copenhagen time, from Monday 00:00 to the next Monday 00:00.</summary>
public readonly record struct PulsePeriod(int Year, int Week) : IComparable<PulsePeriod>
{
    public static PulsePeriod Containing(DateTimeOffset instant)
    {
        var local = Copenhagen.LocalTime(instant);
        return new PulsePeriod(ISOWeek.GetYear(local), ISOWeek.GetWeekOfYear(local));
    }

    public static bool TryParse(string? text, out PulsePeriod period)
    {
        period = default;
        if (text is not { Length: 8 } || text[4] != '-' || text[5] != 'W') return false;
        if (!int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) ||
            !int.TryParse(text.AsSpan(6, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var week)) return false;
        if (year < 2000 || year > 9998 || week < 1 || week > ISOWeek.GetWeeksInYear(year)) return false;
        period = new PulsePeriod(year, week);
        return true;
    }

    public DateOnly FirstDay => DateOnly.FromDateTime(ISOWeek.ToDateTime(Year, Week, DayOfWeek.Monday));

    public DateTimeOffset Start => Copenhagen.Instant(FirstDay.ToDateTime(TimeOnly.MinValue));

    /// <summary>The period closes at the end of Sunday, Copenhagen time.</summary>
    public DateTimeOffset End => Next.Start;

    public PulsePeriod Next => Containing(Start.AddDays(7).AddHours(12));

    public PulsePeriod Previous => Containing(Start.AddDays(-7).AddHours(12));

    public bool IsClosedAt(DateTimeOffset instant) => instant >= End;

    public int CompareTo(PulsePeriod other) => (Year, Week).CompareTo((other.Year, other.Week));

    public static bool operator <(PulsePeriod a, PulsePeriod b) => a.CompareTo(b) < 0;
    public static bool operator >(PulsePeriod a, PulsePeriod b) => a.CompareTo(b) > 0;
    public static bool operator <=(PulsePeriod a, PulsePeriod b) => a.CompareTo(b) <= 0;
    public static bool operator >=(PulsePeriod a, PulsePeriod b) => a.CompareTo(b) >= 0;

    /// <summary>"2026-W48": sorts in time order, safe as a table key.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-W{Week:D2}");
}
