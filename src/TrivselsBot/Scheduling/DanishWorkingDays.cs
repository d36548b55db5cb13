using Microsoft.Extensions.Options;

namespace TrivselsBot.Scheduling;

/// <summary>Monday to Friday, except Danish public holidays and the organisation's own closed days.</summary>
public sealed class DanishWorkingDays(IOptions<WorkingDaysOptions> options)
{
    private readonly IReadOnlyList<DateOnly> _closed = options.Value.ClosedDays();

    public bool IsWorkingDay(DateOnly day) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)
        && !DanishHolidays.IsHoliday(day)
        && !_closed.Any(c => c.Month == day.Month && c.Day == day.Day);

    /// <summary>The <paramref name="workingDays"/>th working day after <paramref name="day"/>; 0 = the first working day from it on.</summary>
    public DateOnly After(DateOnly day, int workingDays) => Step(day, workingDays, 1);

    /// <summary>The <paramref name="workingDays"/>th working day before <paramref name="day"/>; 0 = the last working day up to it.</summary>
    public DateOnly Before(DateOnly day, int workingDays) => Step(day, workingDays, -1);

    private DateOnly Step(DateOnly day, int workingDays, int direction)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        for (var counted = 0; counted < workingDays;)
        {
            day = day.AddDays(direction);
            if (IsWorkingDay(day)) counted++;
        }
        while (!IsWorkingDay(day)) day = day.AddDays(direction);
        return day;
    }
}
