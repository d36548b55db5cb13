using System.Text.Json.Nodes;
using TrivselsBot.CheckIns;
using TrivselsBot.Setup;
using TrivselsBot.Summaries;
using TrivselsBot.Testing;

namespace TrivselsBot.EndToEnd.Tests;

/// <summary>
/// "resumé" in the real Agents Playground, on a clock in week 49: week 47 had 6 of 6 answers, week 48 only 4 (k = 5).
/// The leader sees week 47 in the trend and "for få svar" for week 48; once someone else leads, the same person is refused.
/// The weeks' aggregates are written through the real store (the pulse itself is covered by PlaygroundPulseTests).
/// </summary>
public sealed class PlaygroundSummaryTests() : PlaygroundTestBase(new ShiftedClock(new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.FromHours(1))))
{
    [Fact]
    public async Task A_leader_sees_too_few_answers_for_a_week_under_k_and_a_non_leader_is_refused()
    {
        var team = await SetUpGroupChatAsync(k: "5", summary: "no");
        await AggregateWeekAsync(team, new PulsePeriod(2026, 47), respondents: 6);
        await AggregateWeekAsync(team, new PulsePeriod(2026, 48), respondents: 4);

        await Playground.SayAsync("resumé");

        var summary = await Playground.WaitForAsync(m => Text(m).Contains("uge 48", StringComparison.Ordinal) && Text(m).Contains("Svarprocent", StringComparison.Ordinal));
        Assert.Contains("Svarprocent: for få svar", Text(summary), StringComparison.Ordinal);
        Assert.Contains("▇", Text(summary), StringComparison.Ordinal); // week 47 stands in the trend

        var setups = Bot.Service<TeamSetupStore>();
        var setup = (await setups.GetAsync(team, default))!;
        var someoneElse = Playground.TestConfig["config"]!["users"]![0]!;
        await setups.SaveAsync(setup with { Leaders = [new TeamLeader(someoneElse["aadObjectId"]!.GetValue<string>(), someoneElse["name"]!.GetValue<string>())] }, default);
        await Playground.SayAsync("resumé");

        await Playground.WaitForAsync(m => Text(m).Contains("kun for teamets leder", StringComparison.Ordinal));
    }

    private async Task AggregateWeekAsync(TeamRef team, PulsePeriod week, int respondents)
    {
        var bank = Bot.Service<TrivselsBot.CheckIns.Questions.QuestionBank>();
        var questions = TrivselsBot.CheckIns.Questions.QuestionRotation.Choose(bank, week, 4).Select(q => q.Id).ToList();
        var scores = Enumerable.Range(0, respondents)
            .Select(i => (IReadOnlyDictionary<string, int?>)questions.ToDictionary(q => q, _ => (int?)(3 + i % 3)))
            .ToList();
        Assert.NotNull(await Bot.Service<AggregateStore>().RecomputeAsync(team, week, scores, rosterSize: 6, minimumGroupSize: 5, default));
    }
}
