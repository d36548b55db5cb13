using TrivselsBot.Cards;
using TrivselsBot.CheckIns;
using TrivselsBot.Localization;
using TrivselsBot.Summaries;
using static TrivselsBot.Tests.Summaries.SampleHistory;

namespace TrivselsBot.Tests.Summaries;

public sealed class SummaryCardTests
{
    private static PeriodAggregate Everyone(int weeksBeforeLast, params (string Question, int? Score)[] scores) =>
        PeriodAggregate.From(WeeksBeforeLast(weeksBeforeLast),
            [.. Enumerable.Range(0, 6).Select(_ => (IReadOnlyDictionary<string, int?>)scores.ToDictionary(s => s.Question, s => s.Score))],
            Roster);

    private static AdaptiveCard Card(LeaderSummary summary, Language language = Language.Danish) => SummaryCard.Build(language, summary, Exposure.TeamName);

    private static List<string> Texts(LeaderSummary summary, Language language = Language.Danish) => Exposure.Texts(Card(summary, language));

    [Fact]
    public void The_trend_is_a_block_as_tall_as_each_weeks_score_and_a_dot_where_a_week_has_no_figure()
    {
        var weeks = Weeks()
            .With(WeekAllAnswering(WeeksBeforeLast(12), 6, score: 1))
            .With(WeekAllAnswering(WeeksBeforeLast(11), 6, score: 5))
            .With(Week(WeeksBeforeLast(3), 4))
            .Without(WeeksBeforeLast(2));

        var chart = Card(weeks.Summarise()).Body.OfType<LineChart>().Single();
        var trend = Assert.IsType<Container>(chart.Fallback).Items.OfType<ColumnSet>().Single(set => set.Columns.Count == LeaderSummary.TrendLength);

        var blocks = trend.Columns.Select(c => Assert.IsType<TextBlock>(Assert.Single(c.Items)).Text).ToList();
        Assert.Equal(("▁", "█", "·", "·"), (blocks[0], blocks[1], blocks[^4], blocks[^3]));
        Assert.All(blocks, b => Assert.Matches("^[▁▂▃▄▅▆▇█·]$", b));
    }

    [Fact]
    public void The_card_holds_no_image_so_Teams_and_the_Playground_fetch_nothing()
    {
        var json = Card(Weeks().Summarise()).ToJson().ToJsonString();

        Assert.DoesNotContain("\"Image\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"url\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Vaegten_is_two_labelled_bars_of_twenty_cells_each_worth_5_points()
    {
        var summary = new List<PeriodAggregate>
        {
            Everyone(3, ("workload-2", 2), ("support-1", 4)),
            Everyone(1, ("violence-1", 5), ("emotional-3", 2)),
        }.Summarise();

        var texts = Texts(summary);

        var load = texts.IndexOf("Belastninger");
        var resources = texts.IndexOf("Ressourcer");
        Assert.Equal(new string('█', 12) + new string('░', 8), texts[load + 1]);
        Assert.Equal("62", texts[load + 2]);
        Assert.Equal(new string('█', 10) + new string('░', 10), texts[resources + 1]);
        Assert.Equal("50", texts[resources + 2]);
    }

    [Fact]
    public void A_change_reads_as_an_arrow_and_signed_points_against_the_weeks_before()
    {
        var summary = new List<PeriodAggregate>
        {
            Everyone(4, ("anchor", 4), ("workload-1", 4)),
            Everyone(0, ("anchor", 2), ("workload-1", 2)),
        }.Summarise();

        Assert.Contains("↓ −50 mod de 4 uger før", Texts(summary));
        Assert.Contains("25   ↓ −50", Texts(summary));
        Assert.Contains("↓ −50 against the 4 weeks before", Texts(summary, Language.English));
    }

    [Theory]
    [InlineData(Language.Danish, "Svarprocent: for få svar", "for få svar")]
    [InlineData(Language.English, "Response rate: too few answers", "too few answers")]
    public void Every_suppressed_figure_reads_too_few_answers_and_shows_no_number(Language language, string responseRate, string tooFew)
    {
        var everyWeekUnderK = Enumerable.Range(0, LeaderSummary.TrendLength).Select(w => Week(WeeksBeforeLast(w), 4)).ToList();

        var card = Card(everyWeekUnderK.Summarise(), language);
        var texts = Exposure.Texts(card);

        Assert.Contains(responseRate, texts);
        var facts = card.Body.OfType<FactSet>().Single().Facts;
        Assert.All(facts, f => Assert.Equal(tooFew, f.Value));
        Assert.Equal(1 + 2 + facts.Count, texts.Count(t => t == tooFew)); // the anchor, the two sides of Vægten, every theme
        Assert.Equal(LeaderSummary.TrendLength, texts.Count(t => t == "·"));
    }

    [Fact]
    public void A_theme_worth_talking_about_comes_with_its_two_dialogue_questions_as_a_list()
    {
        var summary = new List<PeriodAggregate> { Everyone(1, ("support-1", 1), ("workload-1", 4)) }.Summarise();

        var texts = Texts(summary);

        var theme = texts.IndexOf("**Støtte fra kolleger og leder** – lavest lige nu");
        Assert.Equal(string.Join("\n", DialogueQuestions.For("support").Select(q => "- " + q.Da)), texts[theme + 1]);
    }

    [Fact]
    public void The_footer_tells_how_anonymity_works_with_the_teams_k()
    {
        var texts = Texts(Weeks().Summarise(k: 7));

        Assert.StartsWith("Anonymt: Et tal vises kun, når mindst 7 har svaret.", texts[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void The_title_names_the_team_and_the_last_closed_week()
    {
        Assert.Equal("Trivsel i Bostedet Engly – uge 48", Texts(Weeks().Summarise())[0]);
        Assert.Equal("Wellbeing in Bostedet Engly – week 48", Texts(Weeks().Summarise(), Language.English)[0]);
    }
}
