using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace TrivselsBot.Scheduling;

/// <summary>
/// Section "WorkingDays": the days besides weekends and <see cref="DanishHolidays"/> on which the organisation is closed
/// under its overenskomst, every year.
/// </summary>
public sealed class WorkingDaysOptions : IValidatableObject
{
    public const string Section = "WorkingDays";

    /// <summary>
    /// "MM-dd" days separated by commas. Unset = grundlovsdag, juleaftensdag and nytårsaftensdag; "" = none. One text
    /// rather than a list, because configuration cannot tell an empty list from a missing one.
    /// </summary>
    public string? ExtraClosedDays { get; set; }

    private const string Default = "06-05, 12-24, 12-31";

    /// <summary>The closed days as dates in a leap year, so "02-29" is accepted (and applies in leap years only).</summary>
    internal IReadOnlyList<DateOnly> ClosedDays() => [.. Entries().Select(d => Parse(d)!.Value)];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        Entries().Where(d => Parse(d) is null)
            .Select(d => new ValidationResult($"WorkingDays:ExtraClosedDays: \"{d}\" is not a day of the year as MM-dd (e.g. \"12-24\").",
                [nameof(ExtraClosedDays)]));

    private string[] Entries() => (ExtraClosedDays ?? Default).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static DateOnly? Parse(string monthDay) =>
        DateOnly.TryParseExact("2000-" + monthDay, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
