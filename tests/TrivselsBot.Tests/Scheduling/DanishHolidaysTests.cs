using TrivselsBot.Scheduling;
using static TrivselsBot.Tests.Scheduling.Calendars;

namespace TrivselsBot.Tests.Scheduling;

public sealed class DanishHolidaysTests
{
    [Theory]
    [InlineData(2024, "2024-03-31")]
    [InlineData(2025, "2025-04-20")]
    [InlineData(2026, "2026-04-05")]
    [InlineData(2027, "2027-03-28")]
    [InlineData(2038, "2038-04-25")] // the latest Easter can fall
    [InlineData(2285, "2285-03-22")] // the earliest
    public void Easter_sunday_follows_the_gregorian_computus(int year, string easter)
    {
        Assert.Equal(Day(easter), DanishHolidays.EasterSunday(year));
    }

    [Fact]
    public void The_holidays_of_2026_are_the_ten_helligdage()
    {
        string[] expected =
        [
            "2026-01-01", // nytårsdag
            "2026-04-02", // skærtorsdag
            "2026-04-03", // langfredag
            "2026-04-05", // påskedag
            "2026-04-06", // 2. påskedag
            "2026-05-14", // Kristi himmelfartsdag
            "2026-05-24", // pinsedag
            "2026-05-25", // 2. pinsedag
            "2026-12-25", // juledag
            "2026-12-26", // 2. juledag
        ];

        Assert.Equal(expected.Select(Day), DanishHolidays.InYear(2026));
        Assert.All(expected, d => Assert.True(DanishHolidays.IsHoliday(Day(d))));
    }

    [Theory]
    [InlineData("2026-04-01")] // onsdag før påske
    [InlineData("2026-04-07")] // tirsdag efter påske
    [InlineData("2026-06-05")] // grundlovsdag is not a public holiday (only configured closed)
    [InlineData("2026-12-24")] // juleaftensdag, likewise
    [InlineData("2026-05-01")] // store bededag would have been this Friday (Easter + 26), abolished from 2024
    public void Ordinary_days_around_the_holidays_are_not_holidays(string day)
    {
        Assert.False(DanishHolidays.IsHoliday(Day(day)));
    }

    [Fact]
    public void Store_bededag_is_a_holiday_up_to_2023_and_not_from_2024()
    {
        Assert.True(DanishHolidays.IsHoliday(Day("2023-05-05")));
        Assert.Equal(11, DanishHolidays.InYear(2023).Count);
        Assert.False(DanishHolidays.IsHoliday(Day("2024-04-26")));
        Assert.Equal(10, DanishHolidays.InYear(2024).Count);
    }
}
