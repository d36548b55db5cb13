using System.Text;
using System.Text.Json.Nodes;
using TrivselsBot.Cards;
using TrivselsBot.Localization;
using TrivselsBot.Summaries;

namespace TrivselsBot.Tests.Summaries;

/// <summary>Everything a leader can get out of a summary: the card in both languages and the CSV file.</summary>
internal static class Exposure
{
    public const string TeamName = "Bostedet Engly";

    public static string Of(LeaderSummary summary) =>
        SummaryCard.Build(Language.Danish, summary, TeamName).ToJson().ToJsonString() + "\n" +
        SummaryCard.Build(Language.English, summary, TeamName).ToJson().ToJsonString() + "\n" +
        Csv(summary);

    public static string Csv(LeaderSummary summary) => Encoding.UTF8.GetString(SummaryCsv.Build(summary)).TrimStart('\uFEFF');

    /// <summary>Every text on the card, in order: text blocks, fact titles and values.</summary>
    public static List<string> Texts(AdaptiveCard card) => [.. Texts(card.ToJson())];

    private static IEnumerable<string> Texts(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => p.Key is "text" or "title" or "value" && p.Value is JsonValue v ? [v.GetValue<string>()] : Texts(p.Value)),
        JsonArray a => a.SelectMany(Texts),
        _ => [],
    };

    /// <summary>Every figure of the summary, named by where it sits.</summary>
    public static Dictionary<string, Figure> Figures(LeaderSummary summary)
    {
        var figures = new Dictionary<string, Figure>
        {
            ["respondents"] = summary.ResponseRate.Respondents,
            ["response rate"] = summary.ResponseRate.Percent,
            ["anchor now"] = summary.Anchor.Now,
            ["anchor before"] = summary.Anchor.Before,
            ["anchor change"] = summary.Anchor.Change,
            ["load"] = summary.Balance.Load,
            ["resources"] = summary.Balance.Resources,
        };
        foreach (var point in summary.AnchorTrend) figures[$"trend {point.Period}"] = point.Score;
        foreach (var theme in summary.Themes)
        {
            figures[$"{theme.Theme.Id} now"] = theme.Score.Now;
            figures[$"{theme.Theme.Id} before"] = theme.Score.Before;
            figures[$"{theme.Theme.Id} change"] = theme.Score.Change;
        }
        return figures;
    }
}
