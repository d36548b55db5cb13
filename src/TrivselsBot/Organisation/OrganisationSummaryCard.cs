using System.Globalization;
using TrivselsBot.Cards;
using TrivselsBot.LeaderPulse;
using TrivselsBot.Localization;
using TrivselsBot.Summaries;

namespace TrivselsBot.Organisation;

/// <summary>
/// The organisation roll-up: one overview card (totals of the shown teams, themes, the leaders' own pulse, what TRIOs
/// sent to MED) and the team
/// rows on cards of <see cref="TeamsPerCard"/>, so a large organisation stays within the size Teams accepts for a message.
/// </summary>
public static class OrganisationSummaryCard
{
    public const int TeamsPerCard = 50;

    public static AdaptiveCard Overview(Language language, OrganisationSummary summary)
    {
        var t = OrganisationTexts.For(language);
        var s = SummaryTexts.For(language);
        var rate = summary.ShownTeamsRate;
        var rateText = rate.Respondents.Value is { } answered && rate.Percent.Value is { } percent
            ? t.RateValue((int)answered, rate.RosterSize, (int)percent)
            : SummaryCard.Score(s, rate.Percent);
        List<CardElement> body =
        [
            new TextBlock(t.Title(summary.LastPeriod.Week)) { Size = TextSize.Large, Weight = TextWeight.Bolder },
            new TextBlock(t.TeamsShown(summary.ShownTeams, summary.Teams.Count)) { Spacing = Spacing.Small },
            new FactSet(
            [
                new Fact(t.ShownTeamsRate, rateText),
                new Fact(t.ShownTeamsAnchor, SummaryCard.Score(s, summary.ShownTeamsAnchor)),
            ]),
            new TextBlock(t.PooledHowTo) { Size = TextSize.Small, IsSubtle = true, Spacing = Spacing.Small },
            new TextBlock(t.ThemesTitle(LeaderSummary.RoundLength)) { Weight = TextWeight.Bolder, Separator = true, Spacing = Spacing.Medium },
            new TextBlock(t.ThemesHowToRead) { Size = TextSize.Small, IsSubtle = true, Spacing = Spacing.None },
            Themes(language, s, summary.Themes),
            .. Leaders(language, s, summary.Leaders),
            new TextBlock(t.MedTitle) { Weight = TextWeight.Bolder, Separator = true, Spacing = Spacing.Medium },
            summary.MedItems.Count > 0
                ? new FactSet([.. summary.MedItems.Select(item => new Fact($"{item.TeamName} · {item.SentOn.ToString("d. MMM", Culture(language))}", item.Text))])
                : new TextBlock(t.MedNone) { IsSubtle = true, Spacing = Spacing.Small },
            new TextBlock(t.Anonymity) { Size = TextSize.Small, IsSubtle = true, Separator = true, Spacing = Spacing.Large },
        ];
        return new AdaptiveCard(body) { Speak = t.Title(summary.LastPeriod.Week) };
    }

    /// <summary>The pooled themes as bars when every one may be shown; else the table alone, which says "for få svar".</summary>
    private static CardElement Themes(Language language, SummaryTexts s, IReadOnlyList<OrganisationTheme> themes)
    {
        var table = new FactSet([.. themes.Select(theme => new Fact(theme.Theme.Name(language), SummaryCard.Score(s, theme.Score)))]) { Spacing = Spacing.Small };
        return themes.Count > 0 && themes.All(theme => theme.Score.IsShown)
            ? new HorizontalBarChart([.. themes.Select(theme => new ChartPoint(theme.Theme.Name(language), theme.Score.Value!.Value))], table)
                { Color = ChartColor.CategoricalBlue, DisplayMode = "AbsoluteNoAxis", Spacing = Spacing.Small }
            : table;
    }

    /// <summary>The leader group as a whole: how many answered and each question, nothing when fewer than k leaders answered.</summary>
    private static IEnumerable<CardElement> Leaders(Language language, SummaryTexts s, LeaderPulseFigures leaders)
    {
        var t = LeaderPulseTexts.For(language);
        yield return new TextBlock(t.OverviewTitle(leaders.Week.Week)) { Weight = TextWeight.Bolder, Separator = true, Spacing = Spacing.Medium };
        yield return new TextBlock(t.HowToRead(leaders.MinimumGroupSize)) { Size = TextSize.Small, IsSubtle = true, Spacing = Spacing.None };
        yield return new FactSet(
        [
            new Fact(t.Respondents, SummaryCard.Score(s, leaders.Respondents)),
            .. leaders.Scores.Select(score => new Fact(score.Question.Text(language), SummaryCard.Score(s, score.Score))),
        ]) { Spacing = Spacing.Small };
    }

    /// <summary>The team rows, <see cref="TeamsPerCard"/> to a card, each under its team's k: "for få svar" holds no number.</summary>
    public static IReadOnlyList<AdaptiveCard> Teams(Language language, OrganisationSummary summary)
    {
        var t = OrganisationTexts.For(language);
        var s = SummaryTexts.For(language);
        return [.. summary.Teams.Chunk(TeamsPerCard).Select((rows, page) => new AdaptiveCard(
        [
            new TextBlock(t.TeamsPage(page * TeamsPerCard + 1, page * TeamsPerCard + rows.Length, summary.Teams.Count, summary.LastPeriod.Week))
                { Size = TextSize.Medium, Weight = TextWeight.Bolder },
            new FactSet([.. rows.Select(row => new Fact(row.Name.Length > 0 ? row.Name : t.UnnamedTeam, Row(t, s, row)))]) { Spacing = Spacing.Small },
        ]))];
    }

    private static string Row(OrganisationTexts t, SummaryTexts s, TeamRow row) =>
        row.ResponseRate.Percent.Value is { } percent
            ? t.TeamValue(t.Percent((int)percent), SummaryCard.Score(s, row.Anchor))
            : SummaryCard.Score(s, row.ResponseRate.Percent);

    private static CultureInfo Culture(Language language) => CultureInfo.GetCultureInfo(language == Language.English ? "en-GB" : "da-DK");
}
