using TrivselsBot.CheckIns;
using TrivselsBot.CheckIns.Questions;

namespace TrivselsBot.Tests.CheckIns;

public sealed class QuestionRotationTests
{
    private static readonly QuestionBank Bank = TestBanks.Shipped;

    /// <summary>2019-W01 to 2032-W52: crosses the 53-week years 2020, 2026 and 2032.</summary>
    private static List<PulsePeriod> Weeks()
    {
        var weeks = new List<PulsePeriod>();
        for (var week = new PulsePeriod(2019, 1); week <= new PulsePeriod(2032, 52); week = week.Next) weeks.Add(week);
        return weeks;
    }

    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Each_pulse_asks_the_anchor_first_then_questions_from_different_themes(int questionsPerPulse)
    {
        foreach (var week in Weeks())
        {
            var chosen = QuestionRotation.Choose(Bank, week, questionsPerPulse);

            Assert.Equal(questionsPerPulse, chosen.Count);
            Assert.Same(Bank.Anchor, chosen[0]);
            var themes = chosen.Skip(1).Cast<ThemedQuestion>().Select(q => q.ThemeId).ToList();
            Assert.Equal(themes.Count, themes.Distinct().Count());
        }
    }

    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Any_four_consecutive_weeks_meet_every_theme_across_year_ends(int questionsPerPulse)
    {
        var weeks = Weeks();
        Assert.Contains(new PulsePeriod(2020, 53), weeks);
        Assert.Contains(new PulsePeriod(2026, 53), weeks);
        var themesByWeek = weeks
            .Select(w => QuestionRotation.Choose(Bank, w, questionsPerPulse).Skip(1).Cast<ThemedQuestion>().Select(q => q.ThemeId).ToList())
            .ToList();

        for (var first = 0; first + 4 <= weeks.Count; first++)
        {
            var met = themesByWeek.Skip(first).Take(4).SelectMany(themes => themes).ToHashSet();
            Assert.True(met.Count == Bank.Themes.Count, $"the 4 weeks from {weeks[first]} miss {string.Join(", ", Bank.Themes.Select(t => t.Id).Except(met))}");
        }
    }

    [Fact]
    public void A_theme_asks_its_next_question_each_time_it_comes_round_and_every_question_gets_asked()
    {
        var askedByTheme = Weeks()
            .SelectMany(w => QuestionRotation.Choose(Bank, w, 3).Skip(1).Cast<ThemedQuestion>())
            .GroupBy(q => q.ThemeId);

        foreach (var asked in askedByTheme)
        {
            var inTheme = Bank.InTheme(asked.Key);
            var order = asked.Select(q => q.Id).ToList();
            for (var i = 1; i < order.Count; i++)
            {
                var previous = inTheme.Select(q => q.Id).ToList().IndexOf(order[i - 1]);
                Assert.Equal(inTheme[(previous + 1) % inTheme.Count].Id, order[i]);
            }
            Assert.Equal(inTheme.Select(q => q.Id).Order(), order.Distinct().Order());
        }
    }

    [Fact]
    public void Every_instance_picks_the_same_questions_for_a_week()
    {
        var anotherInstancesBank = QuestionBankLoader.Load(TestBanks.ShippedPath);
        var week = new PulsePeriod(2026, 48);

        Assert.Equal(
            QuestionRotation.Choose(Bank, week, 4).Select(q => q.Id),
            QuestionRotation.Choose(anotherInstancesBank, week, 4).Select(q => q.Id));
    }

    [Fact]
    public void Consecutive_weeks_ask_different_questions()
    {
        var week = new PulsePeriod(2026, 53);

        Assert.Empty(QuestionRotation.Choose(Bank, week, 5).Skip(1).Intersect(QuestionRotation.Choose(Bank, week.Next, 5).Skip(1)));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(6)]
    public void A_pulse_has_3_to_5_questions(int questionsPerPulse)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => QuestionRotation.Choose(Bank, new PulsePeriod(2026, 48), questionsPerPulse));
    }
}
