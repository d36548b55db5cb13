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
public sealed class PlaygroundSummaryTests : IAsyncLifetime
{
    private readonly ShiftedClock _clock = new(new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.FromHours(1)));
    private readonly AzuriteServer _azurite = new();
    private BotUnderTest _bot = null!;
    private AgentsPlayground _playground = null!;

    public async Task InitializeAsync()
    {
        await _azurite.InitializeAsync();
        _bot = await BotUnderTest.StartAsync(_azurite.ConnectionString, time: _clock);
        _playground = await AgentsPlayground.StartAsync(_bot.MessagesUrl);
    }

    public async Task DisposeAsync()
    {
        await _playground.DisposeAsync();
        await _bot.DisposeAsync();
        await _azurite.DisposeAsync();
    }

    [Fact]
    public async Task A_leader_sees_too_few_answers_for_a_week_under_k_and_a_non_leader_is_refused()
    {
        await _playground.SayInGroupChatAsync("opsæt");
        var setupCard = await _playground.WaitForAsync(m => Text(m).Contains("Opsætning af trivselstjek", StringComparison.Ordinal));
        var me = _playground.TestConfig["config"]!["currentUser"]!["aadObjectId"]!.GetValue<string>();
        (await _playground.SubmitAsync(_playground.GroupChatId, setupCard["message"]!["messageId"]!.GetValue<string>(), _playground.CurrentUserId, new JsonObject
        {
            ["action"] = "setup.save", ["leaders"] = me, ["day"] = "1", ["time"] = "09:00",
            ["reminder"] = "2", ["questions"] = "4", ["language"] = "da", ["k"] = "5", ["summary"] = "no",
        })).EnsureSuccessStatusCode();
        await _playground.WaitForAsync(m => Text(m).Contains("Trivselstjekket er sat op", StringComparison.Ordinal));
        var team = new TeamRef(_playground.TenantId, _playground.GroupChatId);
        await AggregateWeekAsync(team, new PulsePeriod(2026, 47), respondents: 6);
        await AggregateWeekAsync(team, new PulsePeriod(2026, 48), respondents: 4);

        await _playground.SayAsync("resumé");

        var summary = await _playground.WaitForAsync(m => Text(m).Contains("uge 48", StringComparison.Ordinal) && Text(m).Contains("Svarprocent", StringComparison.Ordinal));
        Assert.Contains("Svarprocent: for få svar", Text(summary), StringComparison.Ordinal);
        Assert.Contains("▇", Text(summary), StringComparison.Ordinal); // week 47 stands in the trend

        var setups = _bot.Service<TeamSetupStore>();
        var setup = (await setups.GetAsync(team, default))!;
        var someoneElse = _playground.TestConfig["config"]!["users"]![0]!;
        await setups.SaveAsync(setup with { Leaders = [new TeamLeader(someoneElse["aadObjectId"]!.GetValue<string>(), someoneElse["name"]!.GetValue<string>())] }, default);
        await _playground.SayAsync("resumé");

        await _playground.WaitForAsync(m => Text(m).Contains("kun for teamets leder", StringComparison.Ordinal));
    }

    private async Task AggregateWeekAsync(TeamRef team, PulsePeriod week, int respondents)
    {
        var bank = _bot.Service<TrivselsBot.CheckIns.Questions.QuestionBank>();
        var questions = TrivselsBot.CheckIns.Questions.QuestionRotation.Choose(bank, week, 4).Select(q => q.Id).ToList();
        var scores = Enumerable.Range(0, respondents)
            .Select(i => (IReadOnlyDictionary<string, int?>)questions.ToDictionary(q => q, _ => (int?)(3 + i % 3)))
            .ToList();
        Assert.NotNull(await _bot.Service<AggregateStore>().RecomputeAsync(team, week, scores, rosterSize: 6, default));
    }

    private static string Text(JsonObject shown) =>
        shown["message"]?.ToJsonString(new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) ?? "";
}
