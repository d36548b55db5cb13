using System.Globalization;
using System.Text.Json.Nodes;
using TrivselsBot.Cards;
using TrivselsBot.Localization;

namespace TrivselsBot.Summaries;

/// <summary>
/// The leader summary as one card: response rate, overall wellbeing with its 13-week trend, Vægten, the themes, and
/// what is worth talking about. The trend and the bars are block characters in text, so they render in Teams and the
/// Agents Playground with no image to fetch. Every suppressed figure reads "for få svar".
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
        yield return new ColumnSet([.. summary.AnchorTrend.Select(p => new Column([Spark(p.Score)]) { Width = "1" })]) { Spacing = Spacing.Small };
        yield return new ColumnSet(
        [
            new Column([WeekLabel(t.Week(summary.AnchorTrend[0].Period.Week))]) { Width = "stretch" },
            new Column([WeekLabel(t.Week(summary.AnchorTrend[^1].Period.Week))]) { Width = "auto" },
        ]) { Spacing = Spacing.None };
        yield return new TextBlock(t.TrendGaps) { Size = TextSize.Small, IsSubtle = true, Spacing = Spacing.None };
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
        yield return Bar(t, t.Loads, balance.Load, TextColor.Attention);
        yield return Bar(t, t.Resources, balance.Resources, TextColor.Good);
        yield return new TextBlock(t.BalanceHowToRead) { Size = TextSize.Small, IsSubtle = true, Spacing = Spacing.Small };
    }

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
        yield return new FactSet([.. summary.Themes.Select(theme => new Fact(theme.Theme.Name(language), ThemeValue(t, theme.Score)))]) { Spacing = Spacing.Small };
    }

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
