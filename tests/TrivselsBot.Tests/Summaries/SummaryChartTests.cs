using System.Text;
using System.Text.Json.Nodes;
using TrivselsBot.Cards;
using TrivselsBot.Localization;
using TrivselsBot.Summaries;
using static TrivselsBot.Tests.Summaries.SampleHistory;

namespace TrivselsBot.Tests.Summaries;

/// <summary>The summary's charts as Teams draws them (Chart.Line, Chart.HorizontalBar), each over the text chart it falls back to.</summary>
public sealed class SummaryChartTests
{
    private static AdaptiveCard Card(LeaderSummary summary, Language language = Language.Danish) =>
        SummaryCard.Build(language, summary, Exposure.TeamName, "19:team@thread.tacv2");

    [Fact]
    public void The_trend_is_a_line_chart_in_which_a_week_without_a_figure_is_a_gap_never_a_zero()
    {
        var weeks = Weeks()
            .With(WeekAllAnswering(WeeksBeforeLast(12), 6, score: 1))
            .With(Week(WeeksBeforeLast(5), respondents: 4))
            .Without(WeeksBeforeLast(4));
        var summary = weeks.Summarise();

        var chart = Card(summary).Body.OfType<LineChart>().Single();

        var points = chart.Data.SelectMany(series => series.Values).ToList();
        var shown = summary.AnchorTrend.Where(p => p.Score.IsShown).ToList();
        Assert.Equal(shown.Select(p => p.Period.Week.ToString(System.Globalization.CultureInfo.InvariantCulture)), points.Select(p => p.X));
        Assert.Equal(shown.Select(p => p.Score.Value!.Value), points.Select(p => p.Y));
        Assert.Equal(0, points[0].Y); // the oldest week's real score of 0 is drawn; the missing weeks are not
        Assert.DoesNotContain(points, p => p.X == $"{WeeksBeforeLast(5).Week}" || p.X == $"{WeeksBeforeLast(4).Week}");
        Assert.Equal(2, chart.Data.Count); // the line breaks at the gap
        Assert.All(chart.Data, series => Assert.Equal("Trivsel i alt", series.Legend));
        Assert.All(chart.Data, series => Assert.Equal(ChartColor.CategoricalBlue, series.Color));
        Assert.Equal((0d, 100d), (chart.YMin!.Value, chart.YMax!.Value));
    }

    [Fact]
    public void Every_chart_falls_back_to_the_text_chart_that_hosts_without_charts_show()
    {
        var card = Card(Weeks().Summarise());

        var trend = card.Body.OfType<LineChart>().Single();
        Assert.Equal(LeaderSummary.TrendLength, Assert.IsType<Container>(trend.Fallback).Items.OfType<ColumnSet>().First().Columns.Count);
        var bars = card.Body.OfType<HorizontalBarChart>().ToList();
        Assert.Equal(2, bars.Count);
        Assert.Equal(["Belastninger", "Ressourcer"], bars[0].Data.Select(p => p.X));
        Assert.Equal(2, Assert.IsType<Container>(bars[0].Fallback).Items.OfType<ColumnSet>().Count());
        Assert.Equal(Weeks().Summarise().Themes.Count, Assert.IsType<FactSet>(bars[1].Fallback).Facts.Count);
    }

    [Fact]
    public void A_theme_or_Vaegten_side_with_too_few_answers_gets_no_chart_but_the_table_that_says_so()
    {
        var everyWeekUnderK = Enumerable.Range(0, LeaderSummary.TrendLength).Select(w => Week(WeeksBeforeLast(w), 4)).Reverse().ToList();

        var card = Card(everyWeekUnderK.Summarise());

        Assert.Empty(Charts(card.ToJson()));
        Assert.All(card.Body.OfType<FactSet>().Single().Facts, f => Assert.Equal("for få svar", f.Value));
    }

    [Fact]
    public void The_theme_bars_carry_the_score_and_the_change_the_table_shows()
    {
        var summary = Weeks().Summarise();

        var themes = Card(summary).Body.OfType<HorizontalBarChart>().Last();

        Assert.Equal(summary.Themes.Select(t => t.Score.Now.Value!.Value), themes.Data.Select(p => p.Y));
        Assert.All(themes.Data.Zip(summary.Themes), pair => Assert.StartsWith(pair.Second.Theme.Name(Language.Danish), pair.First.X, StringComparison.Ordinal));
    }

    [Fact]
    public void Charts_use_only_the_properties_the_Teams_documentation_lists()
    {
        var allowed = new Dictionary<string, HashSet<string>>
        {
            ["Chart.Line"] = ["type", "title", "xAxisTitle", "yAxisTitle", "color", "colorSet", "data", "yMin", "yMax", "fallback", "spacing", "separator", "id"],
            ["Chart.HorizontalBar"] = ["type", "title", "xAxisTitle", "yAxisTitle", "color", "colorSet", "data", "displayMode", "fallback", "spacing", "separator", "id"],
        };
        var colours = new HashSet<string> { "good", "warning", "attention", "neutral", "categoricalBlue" };

        var charts = Charts(Card(Weeks().Summarise()).ToJson()).Concat(Charts(Card(Weeks().Summarise(), Language.English).ToJson())).ToList();

        Assert.Equal(6, charts.Count);
        foreach (var chart in charts)
        {
            var type = chart["type"]!.GetValue<string>();
            Assert.Empty(chart.Select(p => p.Key).Except(allowed[type]));
            var data = chart["data"]!.AsArray().Select(d => d!.AsObject()).ToList();
            if (type == "Chart.Line")
            {
                Assert.All(data, series => Assert.Empty(series.Select(p => p.Key).Except(["legend", "color", "values"])));
                Assert.All(data.SelectMany(series => series["values"]!.AsArray()), v => Assert.Equal(["x", "y"], v!.AsObject().Select(p => p.Key).Order()));
            }
            else
            {
                Assert.All(data, bar => Assert.Empty(bar.Select(p => p.Key).Except(["x", "y", "color"])));
                Assert.Equal("AbsoluteNoAxis", chart["displayMode"]!.GetValue<string>());
            }
            var own = chart.DeepClone().AsObject();
            own.Remove("fallback");
            Assert.All(own.ToJsonString().Split("\"color\":\"").Skip(1).Select(c => c[..c.IndexOf('"', StringComparison.Ordinal)]), c => Assert.Contains(c, colours));
        }
    }

    [Fact]
    public void The_fullest_summary_card_stays_well_under_the_28_KB_Teams_accepts_for_a_message()
    {
        var summary = Weeks(respondents: 12).Summarise();

        var bytes = Encoding.UTF8.GetByteCount(Card(summary).ToJson().ToJsonString());

        // The activity around the card (ids, conversation, service URL) takes a few hundred bytes more.
        Assert.InRange(bytes, 1, 24 * 1024);
    }

    private static IEnumerable<JsonObject> Charts(JsonNode? node) => node switch
    {
        JsonObject o when o["type"] is JsonValue t && t.GetValue<string>().StartsWith("Chart.", StringComparison.Ordinal) => [o],
        JsonObject o => o.SelectMany(p => Charts(p.Value)),
        JsonArray a => a.SelectMany(Charts),
        _ => [],
    };
}
