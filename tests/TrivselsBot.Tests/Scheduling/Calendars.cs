using Microsoft.Extensions.Options;
using TrivselsBot.Scheduling;

namespace TrivselsBot.Tests.Scheduling;

/// <summary>Working-day calendars as the options would build them.</summary>
internal static class Calendars
{
    /// <summary>No setting: grundlovsdag, juleaftensdag and nytårsaftensdag are closed besides the holidays.</summary>
    public static DanishWorkingDays Default { get; } = new(Options.Create(new WorkingDaysOptions()));

    public static DanishWorkingDays WithExtraClosedDays(params string[] days) =>
        new(Options.Create(new WorkingDaysOptions { ExtraClosedDays = string.Join(',', days) }));

    public static DateOnly Day(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);
}
