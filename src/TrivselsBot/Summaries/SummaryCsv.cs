using System.Globalization;
using System.Text;
using TrivselsBot.CheckIns;

namespace TrivselsBot.Summaries;

/// <summary>
/// The leader summary as a spreadsheet for MED and APV work: the card's figures and nothing more (no answers, no counts
/// per question), suppressed the same way, so a suppressed figure's cell reads "for få svar" and holds no number.
/// ';'-separated with Danish headers, as Danish Excel expects; UTF-8 with a byte order mark so Excel shows æ, ø and å.
/// </summary>
public static class SummaryCsv
{
    public static IReadOnlyList<string> Headers { get; } = ["Emne", "Uger", "Værdi", "Ændring", "Forklaring"];

    private static readonly SummaryTexts T = SummaryTexts.Danish;

    public static byte[] Build(LeaderSummary summary)
    {
        var trend = summary.AnchorTrend;
        var last = Weeks(trend[^1].Period);
        var anchorBefore = Weeks(trend[^5].Period, trend[^2].Period);
        var round = Weeks(trend[^LeaderSummary.RoundLength].Period, trend[^1].Period);
        var roundBefore = Weeks(trend[^(2 * LeaderSummary.RoundLength)].Period, trend[^(LeaderSummary.RoundLength + 1)].Period);
        var rate = summary.ResponseRate;
        List<IReadOnlyList<string>> rows =
        [
            Headers,
            [T.ResponseRateLabel, last, Value(rate.Percent), "",
                rate.Percent.IsShown ? $"{Whole(rate.Respondents.Value!.Value)} af {rate.RosterSize} svarede" : ""],
            [T.AnchorTitle, last, Value(summary.Anchor.Now), Change(summary.Anchor), $"0-100, højere er bedre. Ændring mod {anchorBefore}"],
            .. trend.Select(p => (IReadOnlyList<string>)[$"{T.AnchorTitle}, uge for uge", Weeks(p.Period), Value(p.Score), "", ""]),
            .. summary.Themes.Select(t => (IReadOnlyList<string>)[t.Theme.Da, round, Value(t.Score.Now), Change(t.Score), $"0-100, højere er bedre. Ændring mod {roundBefore}"]),
            [$"Vægten: {T.Loads.ToLowerInvariant()}", round, Value(summary.Balance.Load), "", T.BalanceHowToRead],
            [$"Vægten: {T.Resources.ToLowerInvariant()}", round, Value(summary.Balance.Resources), "", T.BalanceHowToRead],
            ["Anonymitet", "", "", "", T.Anonymity(summary.MinimumGroupSize)],
        ];
        var text = string.Concat(rows.Select(row => string.Join(';', row.Select(Cell)) + "\r\n"));
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)];
    }

    private static string Weeks(PulsePeriod period) => period.ToString();

    private static string Weeks(PulsePeriod from, PulsePeriod to) => $"{from} – {to}";

    private static string Value(Figure figure) => figure.State switch
    {
        FigureState.Shown => Whole(figure.Value!.Value),
        FigureState.Suppressed => T.TooFewAnswers,
        _ => T.NotMeasured,
    };

    private static string Change(Comparison comparison) => comparison.Change.State switch
    {
        FigureState.Shown => (comparison.Change.Value > 0 ? "+" : "") + Whole(comparison.Change.Value!.Value),
        FigureState.Suppressed => T.TooFewAnswers,
        _ => "",
    };

    private static string Whole(double value) => ((int)value).ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Quoted when it holds a separator, quote or line break. A text starting like a formula (=, +, -, @) – a theme name
    /// an organisation typed – gets a leading apostrophe so a spreadsheet shows it instead of running it.
    /// </summary>
    private static string Cell(string text)
    {
        var safe = text.Length > 0 && "=+-@".Contains(text[0], StringComparison.Ordinal) && !double.TryParse(text, CultureInfo.InvariantCulture, out _)
            ? "'" + text
            : text;
        return safe.IndexOfAny([';', '"', '\r', '\n']) >= 0 ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe;
    }
}
