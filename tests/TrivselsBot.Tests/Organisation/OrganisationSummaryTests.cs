using TrivselsBot.CheckIns;
using TrivselsBot.Localization;
using TrivselsBot.Organisation;
using TrivselsBot.Summaries;
using TrivselsBot.Tests.LeaderPulse;
using TrivselsBot.Tests.Summaries;
using static TrivselsBot.Tests.Summaries.SampleHistory;

namespace TrivselsBot.Tests.Organisation;

/// <summary>
/// The organisation roll-up: one row per team under that team's k, and totals and themes that no difference can turn
/// into a suppressed team's figures.
/// </summary>
public sealed class OrganisationSummaryTests
{
    private static readonly PulsePeriod[] Round = [WeeksBeforeLast(3), WeeksBeforeLast(2), WeeksBeforeLast(1), LastWeek];

    private static TeamHistory Team(string name, int k, int respondents, int seed = 0) =>
        new(name, k, [.. Round.Select(w => Week(w, respondents, seed))]);

    private static TeamHistory With(TeamHistory team, PeriodAggregate week) => team with { Periods = team.Periods.With(week) };

    private static OrganisationSummary Roll(params TeamHistory[] teams) => OrganisationSummary.Build(Bank, teams, LeaderPulseSamples.Figures(null), [], Now);

    /// <summary>Every number the roll-up shows except the team rows.</summary>
    private static string Pooled(OrganisationSummary summary) =>
        $"{summary.ShownTeamsRate} {summary.ShownTeamsAnchor} " + string.Join(" ", summary.Themes.Select(t => $"{t.Theme.Id}={t.Score}"));

    private static string Everything(OrganisationSummary summary) => string.Join("\n",
        [.. new[] { OrganisationSummaryCard.Overview(Language.Danish, summary), OrganisationSummaryCard.Overview(Language.English, summary) }
            .Concat(OrganisationSummaryCard.Teams(Language.Danish, summary))
            .Select(c => c.ToJson().ToJsonString())]);

    [Fact]
    public void Each_team_is_judged_by_its_own_k()
    {
        var summary = Roll(Team("Bostedet Engly", k: 5, respondents: 4), Team("Team Nord", k: 3, respondents: 4));

        var engly = summary.Teams.Single(t => t.Name == "Bostedet Engly");
        var nord = summary.Teams.Single(t => t.Name == "Team Nord");
        Assert.Equal((Figure.Suppressed, Figure.Suppressed, Figure.Suppressed), (engly.ResponseRate.Respondents, engly.ResponseRate.Percent, engly.Anchor));
        Assert.Equal(Figure.Shown(4), nord.ResponseRate.Respondents);
        Assert.True(nord.Anchor.IsShown);
        Assert.Equal(1, summary.ShownTeams);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(4)]
    public void With_exactly_one_team_suppressed_the_totals_and_themes_are_those_of_the_shown_teams_alone(int suppressedRespondents)
    {
        TeamHistory[] shown = [Team("A", 5, 6, seed: 1), Team("B", 5, 9, seed: 2), Team("C", 5, 7, seed: 3)];
        var small = new TeamHistory("Lille team", 5, [.. Round.Select(w => WeekAllAnswering(w, suppressedRespondents, score: 1))]);

        var withSmall = Roll([.. shown, small]);

        Assert.Equal(Pooled(Roll(shown)), Pooled(withSmall));
        Assert.Equal(Figure.Suppressed, withSmall.Teams.Single(t => t.Name == "Lille team").ResponseRate.Percent);
    }

    [Fact]
    public void Whatever_a_suppressed_team_answered_nothing_the_roll_up_shows_changes()
    {
        TeamHistory[] shown = [Team("A", 5, 6, seed: 1), Team("B", 5, 8, seed: 2)];
        TeamHistory Small(int? score) => new("Lille team", 5, [.. Round.Select(w => WeekAllAnswering(w, 4, score))]);

        Assert.Equal(Everything(Roll([.. shown, Small(1)])), Everything(Roll([.. shown, Small(5)])));
        Assert.NotEqual(Everything(Roll([.. shown, Small(1) with { MinimumGroupSize = 3 }])), Everything(Roll([.. shown, Small(5) with { MinimumGroupSize = 3 }])));
    }

    [Fact]
    public void A_shown_teams_earlier_week_under_its_k_is_left_out_of_the_themes()
    {
        var a = Team("A", 5, 6, seed: 1);
        var b = Team("B", 5, 8, seed: 2);
        var smallWeek = WeeksBeforeLast(2);

        var withSmallWeek = Roll(a, With(b, WeekAllAnswering(smallWeek, 4, score: 1)));
        var withoutIt = Roll(a, b with { Periods = b.Periods.Without(smallWeek) });

        Assert.Equal(Pooled(withoutIt), Pooled(withSmallWeek));
    }

    [Fact]
    public void A_team_shown_last_week_but_hidden_by_a_lowered_k_stays_hidden()
    {
        var lowered = new TeamHistory("A", 4, [.. Round.Select(w => WeekAllAnswering(w, 4, score: 5) with { MinimumGroupSizeAtClose = 5 })]);

        var row = Assert.Single(Roll(lowered).Teams);

        Assert.Equal(Figure.Suppressed, row.ResponseRate.Percent);
        Assert.True(Assert.Single(Roll(lowered with { Periods = [.. Round.Select(w => WeekAllAnswering(w, 4, score: 5))] }).Teams).IsShown);
    }

    [Fact]
    public void A_question_most_declined_in_a_shown_week_takes_no_part_in_the_pool()
    {
        PeriodAggregate LastWeekOf(int answering, int? violenceScore) => PeriodAggregate.From(LastWeek,
            [.. Enumerable.Range(0, answering).Select(i => (IReadOnlyDictionary<string, int?>)new Dictionary<string, int?>
            {
                ["anchor"] = 4,
                ["violence-1"] = i < 2 ? violenceScore : null,
            })],
            Roster);

        var one = Roll(new TeamHistory("A", 5, [LastWeekOf(6, 1)]));
        var other = Roll(new TeamHistory("A", 5, [LastWeekOf(6, 5)]));

        var theme = Bank.Themes.Single(t => t.Id == "violence-and-tone");
        Assert.Equal(Figure.Suppressed, one.Themes.Single(t => t.Theme == theme).Score);
        Assert.Equal(Pooled(one), Pooled(other));
        Assert.Equal(Figure.Shown(75), one.ShownTeamsAnchor);
    }

    [Fact]
    public void The_pool_counts_every_answer_once_so_a_large_team_weighs_more_than_a_small_one()
    {
        var allFive = new TeamHistory("A", 5, [WeekAllAnswering(LastWeek, 10, score: 5)]);
        var allOne = new TeamHistory("B", 5, [WeekAllAnswering(LastWeek, 5, score: 1)]);

        var summary = Roll(allFive, allOne);

        Assert.Equal(Figure.Shown(67), summary.ShownTeamsAnchor); // (10 × 100 + 5 × 0) / 15, not (100 + 0) / 2
        Assert.Equal(new ResponseRate(Figure.Shown(15), Figure.Shown(63), 2 * Roster), summary.ShownTeamsRate); // 15 / 24
    }

    [Fact]
    public void With_no_team_shown_there_is_no_total_and_no_theme()
    {
        var summary = Roll(Team("A", 5, 4), Team("B", 6, 5));

        Assert.Equal(0, summary.ShownTeams);
        Assert.Equal((Figure.Suppressed, Figure.Suppressed), (summary.ShownTeamsRate.Percent, summary.ShownTeamsAnchor));
        Assert.All(summary.Themes, t => Assert.NotEqual(FigureState.Shown, t.Score.State));
        Assert.DoesNotMatch(@"\d+ %", Everything(summary).Replace("0 af 2 teams", "", StringComparison.Ordinal));
    }

    [Fact]
    public void A_theme_the_rotation_did_not_ask_in_the_round_is_not_measured_rather_than_too_few()
    {
        var summary = Roll(new TeamHistory("A", 5, [Week(LastWeek, 6)]));

        var asked = Week(LastWeek, 6).Questions.Select(q => q.QuestionId).ToHashSet();
        Assert.Contains(summary.Themes, t => Bank.InTheme(t.Theme.Id).All(q => !asked.Contains(q.Id)) && t.Score.State == FigureState.NotMeasured);
    }

    [Fact]
    public void Teams_come_fifty_to_a_card_in_danish_alphabetical_order()
    {
        TeamHistory[] teams = [.. Enumerable.Range(0, 117).Select(i => Team($"Team {i:D3}", 5, 6)), Team("Åbo", 5, 6), Team("Ørsted", 5, 6), Team("Ærø", 5, 6)];

        var summary = Roll(teams);
        var cards = OrganisationSummaryCard.Teams(Language.Danish, summary).Select(c => Exposure.Texts(c)).ToList();

        Assert.Equal(["Teams 1-50 af 120 – uge 48", "Teams 51-100 af 120 – uge 48", "Teams 101-120 af 120 – uge 48"], cards.Select(c => c[0]));
        Assert.Equal(["Ærø", "Ørsted", "Åbo"], summary.Teams.TakeLast(3).Select(t => t.Name));
    }

    [Fact]
    public async Task What_TRIOs_sent_to_MED_is_listed_and_until_a_TRIO_store_exists_nothing_is()
    {
        var sent = new MedItem("Team Nord", "Vagtplanen skal kendes fire uger frem.", new DateOnly(2026, 11, 19));

        var listed = Exposure.Texts(OrganisationSummaryCard.Overview(Language.Danish, Roll(Team("A", 5, 6)) with { MedItems = [sent] }));

        Assert.Contains("Team Nord · 19. nov.", listed);
        Assert.Contains(sent.Text, listed);
        Assert.Empty(await new NoMedItems().ForTenantAsync("tenant", default));
        Assert.Contains("Ingen TRIO har sendt noget til MED endnu.", Exposure.Texts(OrganisationSummaryCard.Overview(Language.Danish, Roll(Team("A", 5, 6)))));
    }
}
