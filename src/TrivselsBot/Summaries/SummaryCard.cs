using System.Globalization;
using System.Text.Json.Nodes;
using TrivselsBot.Cards;
using TrivselsBot.Localization;

namespace TrivselsBot.Summaries;

/// <summary>
/// The leader summary as one card: response rate, overall wellbeing with its 13-week trend, Vægten, the themes, and
/// what is worth talking about. Teams draws the trend, Vægten and the themes as charts; every chart falls back to block
/// characters in text (what hosts without charts, like the Agents Playground, show), so no image is ever fetched.
/// Every suppressed figure reads "for få svar", and no chart draws one.
/// </summary>
public static class SummaryCard
{
    private const int BarCells = 20;
    private const string Gap = "·";
    private static readonly string[] Blocks = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"];

    /// <param name="csvTeam">The team's conversation id: adds the button that sends the same summary as a CSV file.</param>
    public static AdaptiveCard Build(Language language, LeaderSummary summary, string teamName, string? csvTeam = null)
    {
        var t = SummaryTexts.For(language);
        var title = t.Title(teamName, summary.LastPeriod.Week);
        List<CardElement> body =
        [
            new TextBlock(title) { Size = TextSize.Large, Weight = TextWeight.Bolder },
            new TextBlock($"{t.ResponseRateLabel}: {ResponseRate(t, summary.ResponseRate)}") { Spacing = Spacing.Small },
            .. Anchor(t, language, summary),
            .. Balance(t, summary.Balance),
            .. Themes(t, language, summary),
            .. Attention(t, language, summary.Attention),
            new TextBlock(t.Anonymity(summary.MinimumGroupSize)) { Size = TextSize.Small, IsSubtle = true, Separator = true, Spacing = Spacing.Large },
        ];
        IReadOnlyList<CardAction>? actions = csvTeam is null ? null :
            [new SubmitAction(SummaryCsvTexts.For(language).Button, new JsonObject { ["action"] = SummaryCsvAction.ActionName, [SummaryCsvAction.TeamKey] = csvTeam })];
        return new AdaptiveCard(body, actions) { Speak = $"{title}. {t.AnchorTitle}: {Score(t, summary.Anchor.Now)}." };
    }

    private static IEnumerable<CardElement> Anchor(SummaryTexts t, Language language, LeaderSummary summary)
    {
        var change = Change(t, summary.Anchor);
        yield return new ColumnSet(
        [
            new Column([summary.Anchor.Now.IsShown
                ? new TextBlock(Score(t, summary.Anchor.Now)) { Size = TextSize.ExtraLarge, Weight = TextWeight.Bolder }
                : new TextBlock(Score(t, summary.Anchor.Now)) { IsSubtle = true }]) { Width = "auto", VerticalContentAlignment = "center" },
            new Column(
            [
                new TextBlock(t.AnchorTitle) { Weight = TextWeight.Bolder },
                .. change is null ? Array.Empty<CardElement>() : [new TextBlock($"{change} {t.AnchorBefore}") { Spacing = Spacing.None }],
            ]) { Width = "stretch", VerticalContentAlignment = "center" },
        ]) { Separator = true, Spacing = Spacing.Medium };
        yield return new TextBlock($"»{summary.AnchorQuestion.Text(language)}«") { Size = TextSize.Small, IsSubtle = true, Spacing = Spacing.Small };
        yield return new TextBlock(t.TrendTitle(summary.AnchorTrend.Count)) { Size = TextSize.Small, Weight = TextWeight.Bolder };
        var cells = new Container(
        [
            new ColumnSet([.. summary.AnchorTrend.Select(p => new Column([Spark(p.Score)]) { Width = "1" })]) { Spacing = Spacing.Small },
            new ColumnSet(
            [
                new Column([WeekLabel(t.Week(summary.AnchorTrend[0].Period.Week))]) { Width = "stretch" },
                new Column([WeekLabel(t.Week(summary.AnchorTrend[^1].Period.Week))]) { Width = "auto" },
            ]) { Spacing = Spacing.None },
        ]) { Spacing = Spacing.Small };
        yield return TrendChart(t, summary.AnchorTrend, cells);
        yield return new TextBlock(t.TrendGaps) { Size = TextSize.Small, IsSubtle = true, Spacing = Spacing.None };
    }

    /// <summary>
    /// The trend as a line chart, the cells as its fallback. Weeks without a figure split the line: each run of weeks with
    /// a figure is its own series in the same colour, so a suppressed week is a gap, never a zero.
    /// </summary>
    private static CardElement TrendChart(SummaryTexts t, IReadOnlyList<TrendPoint> trend, Container cells)
    {
        var runs = new List<List<ChartPoint>>();
        var run = new List<ChartPoint>();
        foreach (var point in trend)
        {
            if (point.Score.Value is { } value) run.Add(new ChartPoint(point.Period.Week.ToString(CultureInfo.InvariantCulture), value));
            else if (run.Count > 0) (runs, run) = ([.. runs, run], []);
        }
        if (run.Count > 0) runs.Add(run);
        if (runs.Sum(r => r.Count) < 2) return cells;
        return new LineChart([.. runs.Select(r => new LineChartSeries(t.AnchorTitle, r) { Color = ChartColor.CategoricalBlue })], cells)
        {
            XAxisTitle = t.WeekAxis, YAxisTitle = t.ScaleTitle, YMin = 0, YMax = 100, Spacing = Spacing.Small,
        };
    }

    /// <summary>One week of the sparkline: a block as tall as the score, or a dot where there is no figure to show.</summary>
    private static TextBlock Spark(Figure score) => score.Value is { } value
        ? new TextBlock(Blocks[Math.Clamp((int)(value / 100 * Blocks.Length), 0, Blocks.Length - 1)])
            { Size = TextSize.ExtraLarge, Color = TextColor.Accent, FontType = FontType.Monospace }
        : new TextBlock(Gap) { Size = TextSize.ExtraLarge, IsSubtle = true, FontType = FontType.Monospace };

    private static TextBlock WeekLabel(string text) => new(text) { Size = TextSize.Small, IsSubtle = true, Spacing = Spacing.None };

    private static IEnumerable<CardElement> Balance(SummaryTexts t, VaegtenBalance balance)
    {
        yield return new TextBlock(t.BalanceTitle(LeaderSummary.RoundLength)) { Weight = TextWeight.Bolder, Separator = true, Spacing = Spacing.Medium };
        var cells = new Container([Bar(t, t.Loads, balance.Load, TextColor.Attention), Bar(t, t.Resources, balance.Resources, TextColor.Good)]) { Spacing = Spacing.Small };
        yield return BalanceChart(t, balance, cells);
        yield return new TextBlock(t.BalanceHowToRead) { Size = TextSize.Small, IsSubtle = true, Spacing = Spacing.Small };
    }

    /// <summary>Vægten's two sides as bars, only when both may be shown; else <paramref name="fallback"/> alone, which says "for få svar".</summary>
    internal static CardElement BalanceChart(SummaryTexts t, VaegtenBalance balance, CardElement fallback) =>
        balance.Load.Value is { } load && balance.Resources.Value is { } resources
            ? new HorizontalBarChart([new ChartPoint(t.Loads, load) { Color = ChartColor.Attention }, new ChartPoint(t.Resources, resources) { Color = ChartColor.Good }], fallback)
                { DisplayMode = "AbsoluteNoAxis", Spacing = fallback.Spacing }
            : fallback;

    /// <summary>A labelled bar of <see cref="BarCells"/> cells, each 5 points.</summary>
    private static ColumnSet Bar(SummaryTexts t, string label, Figure figure, TextColor color)
    {
        var filled = figure.Value is { } value ? (int)Math.Round(value / 100 * BarCells, MidpointRounding.AwayFromZero) : 0;
        return new ColumnSet(
        [
            new Column([new TextBlock(label)]) { Width = "110px" },
            new Column([new TextBlock(new string('█', filled) + new string('░', BarCells - filled))
                { Color = figure.IsShown ? color : null, IsSubtle = !figure.IsShown, FontType = FontType.Monospace }]) { Width = "auto" },
            new Column([new TextBlock(Score(t, figure)) { Weight = TextWeight.Bolder }]) { Width = "stretch" },
        ]) { Spacing = Spacing.Small };
    }

    private static IEnumerable<CardElement> Themes(SummaryTexts t, Language language, LeaderSummary summary)
    {
        yield return new TextBlock(t.ThemesTitle(LeaderSummary.RoundLength)) { Weight = TextWeight.Bolder, Separator = true, Spacing = Spacing.Medium };
        yield return new TextBlock(t.ThemesHowToRead(LeaderSummary.RoundLength)) { Size = TextSize.Small, IsSubtle = true, Spacing = Spacing.None };
        var table = new FactSet([.. summary.Themes.Select(theme => new Fact(theme.Theme.Name(language), ThemeValue(t, theme.Score)))]) { Spacing = Spacing.Small };
        // A chart only when it can show every theme: a bar left out would hide a "for få svar" the table says.
        yield return summary.Themes.All(theme => theme.Score.Now.IsShown)
            ? new HorizontalBarChart([.. summary.Themes.Select(theme => new ChartPoint(ThemeLabel(t, language, theme), theme.Score.Now.Value!.Value))], table)
                { Color = ChartColor.CategoricalBlue, DisplayMode = "AbsoluteNoAxis", Spacing = Spacing.Small }
            : table;
    }

    /// <summary>"Arbejdsmængde ↓ −8": the bar's label carries the change the table shows beside the score.</summary>
    private static string ThemeLabel(SummaryTexts t, Language language, ThemeScore theme) =>
        Change(t, theme.Score) is { } change ? $"{theme.Theme.Name(language)} {change}" : theme.Theme.Name(language);

    private static string ThemeValue(SummaryTexts t, Comparison score)
    {
        if (!score.Now.IsShown) return Score(t, score.Now);
        return Change(t, score) is { } change ? $"{Score(t, score.Now)}   {change}" : Score(t, score.Now);
    }

    private static IEnumerable<CardElement> Attention(SummaryTexts t, Language language, IReadOnlyList<AttentionPoint> points)
    {
        if (points.Count == 0) yield break;
        yield return new TextBlock(t.AttentionTitle) { Weight = TextWeight.Bolder, Separator = true, Spacing = Spacing.Medium };
        foreach (var point in points)
        {
            yield return new TextBlock($"**{point.Theme.Name(language)}** – {t.Reason(point.Reason)}") { Spacing = Spacing.Small };
            yield return new TextBlock(string.Join("\n", point.Questions.Select(q => "- " + q.Text(language)))) { Spacing = Spacing.None };
        }
    }

    internal static string ResponseRate(SummaryTexts t, ResponseRate rate) =>
        rate.Respondents.Value is { } respondents && rate.Percent.Value is { } percent
            ? t.ResponseRate((int)respondents, rate.RosterSize, (int)percent)
            : Score(t, rate.Percent);

    /// <summary>"↓ −8" against the average before; "før: for få svar" when that average is suppressed; null when there is nothing before.</summary>
    private static string? Change(SummaryTexts t, Comparison comparison) => comparison.Change.State switch
    {
        FigureState.Shown => $"{Arrow(comparison.Movement!.Value)} {Signed(comparison.Change.Value!.Value)}",
        FigureState.Suppressed when comparison.Now.IsShown => $"{t.Before}: {t.TooFewAnswers}",
        _ => null,
    };

    internal static string Score(SummaryTexts t, Figure figure) => figure.State switch
    {
        FigureState.Shown => ((int)figure.Value!.Value).ToString(CultureInfo.InvariantCulture),
        FigureState.Suppressed => t.TooFewAnswers,
        _ => t.NotMeasured,
    };

    private static string Arrow(Movement movement) => movement switch
    {
        Movement.Up => "↑",
        Movement.Down => "↓",
        _ => "→",
    };

    /// <summary>With a sign, and a real minus sign (U+2212) that reads better than a hyphen.</summary>
    private static string Signed(double change)
    {
        var points = ((int)Math.Abs(change)).ToString(CultureInfo.InvariantCulture);
        return change > 0 ? "+" + points : change < 0 ? "−" + points : points;
    }
}
