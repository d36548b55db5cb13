using TrivselsBot.Localization;

namespace TrivselsBot.Trio;

/// <summary>The validated årshjul: what falls when in a TRIO's year (<see cref="AnnualCycleLoader"/>).</summary>
public sealed class AnnualCycle(IReadOnlyList<AnnualItem> items)
{
    /// <summary>How far ahead the agenda looks.</summary>
    public const int LookAheadDays = 30;

    public IReadOnlyList<AnnualItem> Items { get; } = items;

    /// <summary>The items tracked by the date they were last done (APV, trivselsmåling).</summary>
    public IEnumerable<AnnualItem> Tracked => Items.Where(i => i.EveryYears is not null);

    /// <summary>What falls within the next <see cref="LookAheadDays"/> days of <paramref name="today"/>, soonest first.</summary>
    public IReadOnlyList<AnnualDue> DueSoon(DateOnly today, IReadOnlyDictionary<string, DateOnly> lastDone)
    {
        var horizon = today.AddDays(LookAheadDays);
        var due = new List<AnnualDue>();
        foreach (var item in Items)
        {
            if (item.EveryYears is { } years)
            {
                if (!lastDone.TryGetValue(item.Id, out var last)) due.Add(new AnnualDue(item, null, AnnualDueState.DateUnknown));
                else if (last.AddYears(years) is var next && next <= horizon)
                {
                    due.Add(new AnnualDue(item, next, next < today ? AnnualDueState.Overdue : AnnualDueState.Due));
                }
                continue;
            }
            var (start, end) = item.Occurrence(today);
            if (start <= today && today <= end) due.Add(new AnnualDue(item, start, AnnualDueState.Running));
            else if (start > today && start <= horizon) due.Add(new AnnualDue(item, start, AnnualDueState.Due));
        }
        return [.. due.OrderBy(d => d.State == AnnualDueState.Overdue ? 0 : d.State == AnnualDueState.DateUnknown ? 1 : 2).ThenBy(d => d.Date)];
    }
}

/// <summary>One årshjul item: on a date (or season) each year, or at least every <see cref="EveryYears"/> years.</summary>
public sealed record AnnualItem(string Id, string Da, string En, string Source, int? Month, int? Day, int? UntilMonth, int? UntilDay, int? EveryYears)
{
    public string Name(Language language) => language == Language.English ? En : Da;

    /// <summary>This year's occurrence (start, end) unless it has ended before <paramref name="today"/>; then next year's.</summary>
    internal (DateOnly Start, DateOnly End) Occurrence(DateOnly today)
    {
        foreach (var year in (int[])[today.Year - 1, today.Year, today.Year + 1])
        {
            var start = On(year, Month!.Value, Day!.Value);
            var end = UntilMonth is { } m ? On(UntilMonth < Month || (UntilMonth == Month && UntilDay < Day) ? year + 1 : year, m, UntilDay!.Value) : start;
            if (end >= today) return (start, end);
        }
        throw new InvalidOperationException("An occurrence within three years always ends on or after today.");
    }

    /// <summary>29 February falls on 28 February in other years.</summary>
    private static DateOnly On(int year, int month, int day) => new(year, month, Math.Min(day, DateTime.DaysInMonth(year, month)));
}

public sealed record AnnualDue(AnnualItem Item, DateOnly? Date, AnnualDueState State);

public enum AnnualDueState { Due, Running, Overdue, DateUnknown }
