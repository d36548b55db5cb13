namespace TrivselsBot.Scheduling;

/// <summary>
/// The Danish public holidays (helligdage) of any year: nytårsdag, skærtorsdag, langfredag, påskedag, 2. påskedag,
/// store bededag (until 2023; abolished by lov nr. 158 af 28.02.2023), Kristi himmelfartsdag, pinsedag, 2. pinsedag,
/// juledag and 2. juledag. Days an organisation gives off besides are configured in <see cref="WorkingDaysOptions"/>.
/// </summary>
public static class DanishHolidays
{
    private const int LastYearWithStoreBededag = 2023;

    /// <summary>Easter Sunday in the Gregorian calendar (the anonymous Gregorian computus, Meeus/Jones/Butcher).</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var century = year / 100;
        var yearOfCentury = year % 100;
        var f = (century + 8) / 25;
        var g = (century - f + 1) / 3;
        var h = (19 * a + century - century / 4 - g + 15) % 30;
        var l = (32 + 2 * (century % 4) + 2 * (yearOfCentury / 4) - h - yearOfCentury % 4) % 7;
        var m = (a + 11 * h + 22 * l) / 451;
        var monthAndDay = h + l - 7 * m + 114;
        return new DateOnly(year, monthAndDay / 31, monthAndDay % 31 + 1);
    }

    /// <summary>The year's holidays in date order.</summary>
    public static IReadOnlyList<DateOnly> InYear(int year)
    {
        var easter = EasterSunday(year);
        List<DateOnly> days =
        [
            new(year, 1, 1),     // nytårsdag
            easter.AddDays(-3),  // skærtorsdag
            easter.AddDays(-2),  // langfredag
            easter,              // påskedag
            easter.AddDays(1),   // 2. påskedag
            easter.AddDays(39),  // Kristi himmelfartsdag
            easter.AddDays(49),  // pinsedag
            easter.AddDays(50),  // 2. pinsedag
            new(year, 12, 25),   // juledag
            new(year, 12, 26),   // 2. juledag
        ];
        if (year <= LastYearWithStoreBededag) days.Add(easter.AddDays(26)); // store bededag: the fourth Friday after Easter
        days.Sort();
        return days;
    }

    public static bool IsHoliday(DateOnly day) => InYear(day.Year).Contains(day);
}
