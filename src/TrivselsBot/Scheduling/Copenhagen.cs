namespace TrivselsBot.Scheduling;

/// <summary>Every schedule of the bot runs in Danish local time, summer time included.</summary>
public static class Copenhagen
{
    public static TimeZoneInfo TimeZone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");

    public static DateTime LocalTime(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, TimeZone).DateTime;

    /// <summary>The instant a Copenhagen wall-clock time happens; a time skipped by the spring change moves forward an hour.</summary>
    public static DateTimeOffset Instant(DateTime localTime)
    {
        var local = DateTime.SpecifyKind(localTime, DateTimeKind.Unspecified);
        if (TimeZone.IsInvalidTime(local)) local = local.AddHours(1);
        var offset = TimeZone.IsAmbiguousTime(local) ? TimeZone.GetAmbiguousTimeOffsets(local).Max() : TimeZone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }
}
