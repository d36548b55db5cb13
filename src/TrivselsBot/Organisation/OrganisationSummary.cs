using TrivselsBot.CheckIns;
using TrivselsBot.CheckIns.Questions;
using TrivselsBot.LeaderPulse;
using TrivselsBot.Summaries;

namespace TrivselsBot.Organisation;

/// <summary>One team's closed weeks as the roll-up reads them, judged by the team's own k.</summary>
public sealed record TeamHistory(string Name, int MinimumGroupSize, IReadOnlyList<PeriodAggregate> Periods);

/// <summary>One team's row: its response rate and anchor score in the last closed week, each under the team's k.</summary>
public sealed record TeamRow(string Name, int MinimumGroupSize, ResponseRate ResponseRate, Figure Anchor)
{
    public bool IsShown => ResponseRate.Respondents.IsShown;
}

/// <summary>A theme over the last round, pooled across the shown teams.</summary>
public sealed record OrganisationTheme(Theme Theme, Figure Score);

/// <summary>
/// What an organisation role (HR, MED, AMO) sees: one row per team, each under that team's k rules, and figures across the
/// organisation pooled from the shown teams only.
/// Why only the shown teams: a total over every team minus the rows shown would give, by difference, the one team that
/// was suppressed. So totals and themes are built only from teams whose row is shown, and within those only from
/// team-weeks and questions that themselves meet the team's k; the card says so. A pooled figure then rests on groups
/// each of which a leader of that team may already see. The leaders' own pulse is shown for the tenant's leader group
/// as a whole only (<see cref="LeaderPulseFigures"/>).
/// </summary>
public sealed record OrganisationSummary(
    PulsePeriod LastPeriod,
    IReadOnlyList<TeamRow> Teams,
    ResponseRate ShownTeamsRate,
    Figure ShownTeamsAnchor,
    IReadOnlyList<OrganisationTheme> Themes,
    LeaderPulseFigures Leaders,
    IReadOnlyList<MedItem> MedItems)
{
    public int ShownTeams => Teams.Count(t => t.IsShown);

    /// <summary>The weeks the roll-up reads at <paramref name="now"/>: the last closed round (four weeks).</summary>
    public static (PulsePeriod From, PulsePeriod To) PeriodsToRead(DateTimeOffset now)
    {
        var round = LeaderSummary.Weeks(now)[^LeaderSummary.RoundLength..];
        return (round[0], round[^1]);
    }

    public static OrganisationSummary Build(
        QuestionBank bank, IReadOnlyList<TeamHistory> teams, LeaderPulseFigures leaders, IReadOnlyList<MedItem> medItems, DateTimeOffset now)
    {
        var (from, last) = PeriodsToRead(now);
        var rows = new List<TeamRow>();
        var shown = new List<(KAnonymity K, IReadOnlyList<PeriodAggregate> Round)>();
        foreach (var team in teams)
        {
            var k = new KAnonymity(team.MinimumGroupSize);
            var round = team.Periods.Where(p => p.Period >= from && p.Period <= last).ToList();
            var lastWeek = round.FirstOrDefault(p => p.Period == last);
            var row = new TeamRow(team.Name, k.K, LeaderSummary.Rate(k, lastWeek), k.Score(lastWeek, bank.Anchor).Rounded());
            rows.Add(row);
            if (row.IsShown) shown.Add((k, round));
        }

        var lastWeeks = shown.Select(s => (s.K, Week: s.Round.Single(p => p.Period == last))).ToList();
        var respondents = lastWeeks.Sum(s => s.Week.Respondents);
        var roster = lastWeeks.Sum(s => Math.Max(s.Week.RosterSize, s.Week.Respondents));
        var rate = lastWeeks.Count == 0
            ? new ResponseRate(Figure.Suppressed, Figure.Suppressed, 0)
            : new ResponseRate(Figure.Shown(respondents), Figure.Shown(100.0 * respondents / Math.Max(roster, 1)).Rounded(), roster);
        var asked = teams
            .SelectMany(t => t.Periods.Where(p => p.Period >= from && p.Period <= last))
            .SelectMany(p => p.Questions.Select(q => q.QuestionId))
            .ToHashSet(StringComparer.Ordinal);

        // Only groups that meet their own team's k take part; no such group at all is "for få svar", never a smaller pool.
        Figure Pooled(Question question, IReadOnlyList<(KAnonymity K, PeriodAggregate Week)> weeks)
        {
            var eligible = weeks.Where(w => w.K.Score(w.Week, question).IsShown).Select(w => w.Week.Question(question.Id)!).ToList();
            if (eligible.Count > 0) return Figure.Shown(QuestionAggregate.Pooled(question.Id, eligible).Points(question.Direction));
            return asked.Contains(question.Id) ? Figure.Suppressed : Figure.NotMeasured;
        }

        var roundWeeks = shown.SelectMany(s => s.Round.Select(week => (s.K, Week: week))).ToList();
        return new OrganisationSummary(
            last,
            [.. rows.OrderBy(r => r.Name, StringComparer.Create(new System.Globalization.CultureInfo("da-DK"), ignoreCase: true))],
            rate,
            Pooled(bank.Anchor, lastWeeks).Rounded(),
            [.. bank.Themes.Select(t => new OrganisationTheme(t, KAnonymity.Mean(bank.InTheme(t.Id).Select(q => Pooled(q, roundWeeks))).Rounded()))],
            leaders,
            medItems);
    }
}
