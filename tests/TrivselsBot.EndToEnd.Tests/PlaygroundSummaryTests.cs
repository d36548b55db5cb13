using TrivselsBot.CheckIns;
using TrivselsBot.CheckIns.Questions;
using TrivselsBot.Setup;
using TrivselsBot.Summaries;
using TrivselsBot.Testing;

namespace TrivselsBot.EndToEnd.Tests;

/// <summary>
/// "resumé" in the real Agents Playground, on a clock in week 49 (k = 5): week 47 had only 4 answers, week 48 had 6 of 6.
/// The leader sees week 48's figures and its bar in the trend chart, drawn by the Playground's own web UI (screenshot kept
/// in test-output/playground/summary.png), and week 47 nowhere; once someone else leads, the same person is refused.
/// The weeks' aggregates are written through the real store (the pulse itself is covered by PlaygroundPulseTests).
/// </summary>
public sealed class PlaygroundSummaryTests() : PlaygroundTestBase(new ShiftedClock(new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.FromHours(1))))
{
    private const int Roster = 6;

    [Fact]
    public async Task A_leader_sees_six_answers_in_figures_and_chart_a_week_under_k_not_at_all_and_a_non_leader_is_refused()
    {
        var team = await SetUpGroupChatAsync(k: "5", summary: "no");
        await AggregateWeekAsync(team, new PulsePeriod(2026, 47), AnchorScores(4));
        var answered = AnchorScores(Roster);
        await AggregateWeekAsync(team, new PulsePeriod(2026, 48), answered);

        var screenshot = Path.Combine(RepoPaths.TestOutput("playground"), "summary.png");
        File.Delete(screenshot);
        var shown = await Playground.SayInBrowserAsync("resumé", "Trivsel i alt", screenshot);

        var summary = await Playground.WaitForAsync(m => Text(m).Contains("uge 48", StringComparison.Ordinal) && Text(m).Contains("Svarprocent", StringComparison.Ordinal));
        var anchorPoints = (int)Math.Round((answered.Average() - PulseScale.Lowest) / (PulseScale.Highest - PulseScale.Lowest) * 100);
        var responseRate = $"{answered.Count} af {Roster} svarede ({answered.Count * 100 / Roster} %)";
        Assert.Contains($"Svarprocent: {responseRate}", Text(summary), StringComparison.Ordinal);
        Assert.Contains($"\"text\":\"{anchorPoints}\"", Text(summary), StringComparison.Ordinal);
        Assert.Contains("før: for få svar", Text(summary), StringComparison.Ordinal); // week 47 is under k

        Assert.True(shown.Found, "The Playground's web UI did not show the summary card: " + shown.Text);
        Assert.Contains(responseRate, shown.Text, StringComparison.Ordinal);
        Assert.Contains(anchorPoints.ToString(System.Globalization.CultureInfo.InvariantCulture), shown.Text, StringComparison.Ordinal);
        var chart = TrendChart(shown.Cells);
        Assert.Equal(LeaderSummary.TrendLength, chart.Count);
        Assert.NotEqual("·", chart[^1]); // week 48 stands as a bar
        Assert.All(chart.SkipLast(1), cell => Assert.Equal("·", cell)); // week 47 (under k) and the weeks with no pulse do not
        Assert.True(new FileInfo(screenshot).Length > 20_000, "The screenshot is nearly empty");

        var setups = Bot.Service<TeamSetupStore>();
        var setup = (await setups.GetAsync(team, default))!;
        var someoneElse = Playground.TestConfig["config"]!["users"]![0]!;
        await setups.SaveAsync(setup with { Leaders = [new TeamLeader(someoneElse["aadObjectId"]!.GetValue<string>(), someoneElse["name"]!.GetValue<string>())] }, default);
        await Playground.SayAsync("resumé");

        await Playground.WaitForAsync(m => Text(m).Contains("kun for teamets leder", StringComparison.Ordinal));
    }

    /// <summary>The trend row: the one-character text blocks drawn as blocks or gap dots, in order.</summary>
    private static List<string> TrendChart(IReadOnlyList<string> cells) =>
        [.. cells.Where(c => c == "·" || c[0] is >= '▁' and <= '█')];

    /// <summary>The anchor score each respondent gave: 3, 4, 5, 3, …</summary>
    private static List<int> AnchorScores(int respondents) => [.. Enumerable.Range(0, respondents).Select(i => 3 + i % 3)];

    private async Task AggregateWeekAsync(TeamRef team, PulsePeriod week, IReadOnlyList<int> scores)
    {
        var bank = Bot.Service<QuestionBank>();
        var questions = QuestionRotation.Choose(bank, week, 4).Select(q => q.Id).ToList();
        var answers = scores.Select(score => (IReadOnlyDictionary<string, int?>)questions.ToDictionary(q => q, _ => (int?)score)).ToList();
        Assert.NotNull(await Bot.Service<AggregateStore>().RecomputeAsync(team, week, answers, rosterSize: Roster, minimumGroupSize: 5, default));
    }
}
