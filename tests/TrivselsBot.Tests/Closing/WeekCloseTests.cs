using System.Globalization;
using System.Text.Json.Nodes;
using TrivselsBot.Administration;
using TrivselsBot.CheckIns;
using TrivselsBot.Closing;
using TrivselsBot.LeaderPulse;
using TrivselsBot.Privacy;
using TrivselsBot.Scheduling;
using TrivselsBot.Setup;
using TrivselsBot.Summaries;
using Azure.Data.Tables;
using TrivselsBot.Storage;
using TrivselsBot.Testing;
using TrivselsBot.Tests.Organisation;

namespace TrivselsBot.Tests.Closing;

/// <summary>
/// Weeks close when they end, not when the next pulse runs: the Monday 00:15 close run on Azurite with the real SQLite
/// job store, a roster of six (member 0 leads) in a tenant of its own. The weeks are in 2031, when no other test has a
/// pulse, so a close run here sends no other test's summary.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class WeekCloseTests(AzuriteServer azurite) : IAsyncLifetime
{
    private const string SummaryTitle = "Trivsel i";
    private readonly string _tenant = "tenant-" + Guid.NewGuid().ToString("N");
    private readonly string _tablePrefix = BotUnderTest.NewTablePrefix();
    private RecordingConnector _connector = null!;

    public async Task InitializeAsync()
    {
        _connector = await RecordingConnector.StartAsync();
        _connector.AddMembers(6, prefix: Guid.NewGuid().ToString("N")[..8]);
    }

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    private static PulsePeriod Week(int week) => new(2031, week);

    private static DateTimeOffset Tuesday(PulsePeriod week) => week.Start.AddDays(1).AddHours(10);

    /// <summary>Monday 00:15 Copenhagen time, just after <paramref name="week"/> ended.</summary>
    private static DateTimeOffset CloseRunAfter(PulsePeriod week) => Copenhagen.Instant(week.Next.FirstDay.ToDateTime(WeekCloseSchedule.RunsAt));

    [Fact]
    public async Task A_week_closes_at_Monday_00_15_without_a_further_pulse_and_summary_and_status_show_it_at_once()
    {
        var setup = Setup();
        var week = Week(10);
        await PulseWeekAsync(setup, week, answering: 5, leaderAnswers: true);
        var closeRun = CloseRunAfter(week);

        await using var bot = await StartAsync(closeRun.AddSeconds(-3));
        Assert.Equal(closeRun, await NextCloseRunAsync(bot));
        Assert.Empty(await bot.Service<AggregateStore>().GetRangeAsync(setup.Team, week, week, default));

        var closed = await ClosedAsync(bot, setup.Team, week);
        Assert.Equal((5, 6, 5), (closed.Respondents, closed.RosterSize, closed.MinimumGroupSizeAtClose));
        var leaderWeek = await ClosedAsync(bot, LeaderGroup.Of(_tenant), week);
        Assert.Equal((1, 1), (leaderWeek.Respondents, leaderWeek.RosterSize));
        var summary = Assert.Single(await SummariesAsync(1));
        Assert.Contains("5 af 6 svarede", summary, StringComparison.Ordinal);

        var status = Assert.Single((await bot.Service<AdminStatus>().BuildAsync(_tenant, default)).Teams);
        Assert.Equal(week, status.LastWeek);
        Assert.True(status.LastWeekResponseRate.IsShown);
        _connector.Calls.Clear();
        await bot.PostActivityAsync(OrganisationSummaryCommandTests.InTenant(_tenant,
            TeamsActivities.Message(_connector.ServiceUrl, "resumé", "a:leader", userId: UserId(0), aadObjectId: Aad(0))));
        Assert.Contains("5 af 6 svarede", (await _connector.WaitForActivitiesAsync(1))[0].CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Weeks_whose_next_pulse_never_came_all_close_when_the_bot_is_back_after_missing_the_close_runs()
    {
        var setup = Setup();
        var sqlite = SqlitePath();
        // Two weeks left open, as the close at the next pulse left them when that pulse never came.
        await OpenWeekAsync(setup, Week(5), answering: 5);
        await OpenWeekAsync(setup, Week(6), answering: 4);
        await using (var before = await StartAsync(Tuesday(Week(6)), sqlite))
        {
            Assert.Equal(CloseRunAfter(Week(6)), await NextCloseRunAsync(before));
        }

        await using var back = await StartAsync(Tuesday(Week(8)), sqlite); // the close runs after weeks 6 and 7 were missed

        Assert.Equal(5, (await ClosedAsync(back, setup.Team, Week(5))).Respondents);
        Assert.Equal(4, (await ClosedAsync(back, setup.Team, Week(6))).Respondents);
        Assert.Empty(await SummariesAsync(0)); // the week that ended last, week 7, had no pulse: no summary of an old week
        Assert.Equal(CloseRunAfter(Week(8)), await NextCloseRunAsync(back));
    }

    [Theory]
    [InlineData(true, 1)]
    [InlineData(false, 0)]
    public async Task The_close_run_on_two_instances_and_run_again_sends_the_leaders_summary_once_unless_the_team_turned_it_off(bool summaries, int expected)
    {
        var setup = Setup(summary: summaries);
        var week = Week(20);
        await PulseWeekAsync(setup, week, answering: 5);
        var closeRun = CloseRunAfter(week);

        await using var first = await StartAsync(closeRun.AddSeconds(-3));
        await using var second = await StartAsync(closeRun.AddSeconds(-3));
        await CloseRunFiredAsync(first, closeRun);
        await CloseRunFiredAsync(second, closeRun);
        Assert.Equal(5, (await ClosedAsync(second, setup.Team, week)).Respondents);
        var fromBoth = await SummariesAsync(expected);
        // Run once more after a second leader was added: the week's summary went out already, to nobody else either.
        await first.Service<TeamSetupStore>().SaveAsync(setup with { Leaders = [.. setup.Leaders, new TeamLeader(Aad(1), "Ny leder")] }, default);
        await first.Service<WeekClosing>().CloseAllAsync(default);

        Assert.Equal(expected, fromBoth.Count);
        Assert.Equal(expected, (await SummariesAsync(expected)).Count);
    }

    [Theory]
    [InlineData("2031-03-30T22:15:00Z")] // the spring change is that Sunday: the week had 167 hours
    [InlineData("2031-10-26T23:15:00Z")] // the autumn change is that Sunday: the week had 169 hours
    public async Task A_week_with_a_daylight_saving_change_closes_at_00_15_Monday_Copenhagen_time(string expected)
    {
        var closeRun = DateTimeOffset.Parse(expected, CultureInfo.InvariantCulture);
        var week = PulsePeriod.Containing(closeRun.AddHours(-1));
        var setup = Setup();
        await PulseWeekAsync(setup, week, answering: 5);

        await using var bot = await StartAsync(closeRun.AddSeconds(-3));

        Assert.Equal(closeRun, await NextCloseRunAsync(bot));
        Assert.Equal(TimeSpan.FromMinutes(15), closeRun - week.End);
        Assert.Equal(5, (await ClosedAsync(bot, setup.Team, week)).Respondents);
        Assert.Single(await SummariesAsync(1));
    }

    [Fact]
    public async Task A_team_whose_erasure_was_cut_off_after_its_setup_went_is_not_written_to()
    {
        var setup = Setup();
        var week = Week(25);
        await PulseWeekAsync(setup, week, answering: 5);
        await using (var erasing = await StartAsync(Tuesday(week).AddDays(2)))
        {
            await erasing.Service<ErasureMarkers>().StartAsync(setup.Team, "aad-admin", default);
            await erasing.Service<TeamSetupStore>().DeleteAsync(setup.Team, default);
        }

        await using var bot = await StartAsync(CloseRunAfter(week).AddMinutes(1));
        await bot.Service<WeekClosing>().CloseAllAsync(default);

        Assert.Empty(await bot.Service<AggregateStore>().GetRangeAsync(setup.Team, week, week, default));
        Assert.Empty(await bot.Service<AggregateStore>().GetTenantWeekAsync(_tenant, week, default));
        Assert.Empty(await RowsAsync(bot, LeaderSummaryMarks.TableName, setup.Team.Key));
        Assert.Empty(await SummariesAsync(0));
    }

    [Fact]
    public async Task Lowering_k_after_the_pulse_went_out_closes_the_week_under_the_k_it_went_out_with()
    {
        var setup = Setup(k: 5);
        var week = Week(30);
        await PulseWeekAsync(setup, week, answering: 4);
        await using var bot = await StartAsync(CloseRunAfter(week).AddMinutes(1));
        await bot.Service<TeamSetupStore>().SaveAsync(setup with { MinimumGroupSize = 3 }, default);

        await bot.Service<WeekClosing>().CloseAllAsync(default);

        var closed = Assert.Single(await bot.Service<AggregateStore>().GetRangeAsync(setup.Team, week, week, default));
        Assert.Equal((4, 5), (closed.Respondents, closed.MinimumGroupSizeAtClose));
        var summary = Assert.Single(await SummariesAsync(1));
        Assert.Contains("for få svar", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("4 af 6", summary, StringComparison.Ordinal);
    }

    private TeamSetup Setup(int k = 5, bool summary = true) => new()
    {
        Team = new TeamRef(_tenant, $"19:{Guid.NewGuid():N}@thread.v2"),
        ServiceUrl = _connector.ServiceUrl,
        BotId = TeamsActivities.BotId,
        Leaders = [new TeamLeader(Aad(0), "Leder")],
        Name = "Bostedet Engly",
        MinimumGroupSize = k,
        SendSummaryToLeaders = summary,
    };

    private static string SqlitePath() => Path.Combine(RepoPaths.TestOutput("scheduling"), Guid.NewGuid().ToString("N"), "scheduler.db");

    private Task<BotUnderTest> StartAsync(DateTimeOffset at, string? sqlite = null) => BotUnderTest.StartAsync(azurite.ConnectionString, new Dictionary<string, string?>
    {
        [BotUnderTest.TablePrefixSetting] = _tablePrefix,
        ["Scheduling:SqlitePath"] = sqlite ?? SqlitePath(),
        ["Scheduling:MisfireThreshold"] = "00:00:01",
    }, time: new ShiftedClock(at));

    /// <summary>The week's pulse goes out on its Tuesday (the setup saved first) and the first <paramref name="answering"/> members answer.</summary>
    private async Task PulseWeekAsync(TeamSetup setup, PulsePeriod week, int answering, bool leaderAnswers = false)
    {
        await using var bot = await StartAsync(Tuesday(week));
        await bot.Service<TeamSetupStore>().SaveAsync(setup, default);
        var before = _connector.ActivitiesSent().Count;
        await bot.Service<IPulseRunner>().RunAsync(setup.Team, Tuesday(week), default);

        var signer = bot.Service<PulseTicketSigner>();
        var pseudonyms = bot.Service<MemberPseudonym>();
        foreach (var card in _connector.ActivitiesSent().Skip(before).Select(c => c.Card).OfType<JsonObject>())
        {
            var ticket = card["actions"]![0]!["data"]!["ticket"]!.GetValue<string>();
            Assert.True(signer.TryVerify(ticket, out var verified));
            var member = Enumerable.Range(0, 6).Single(i => pseudonyms.For(Aad(i)) == verified.RecipientPseudonym);
            var isLeaderCard = verified.TeamKey != setup.Team.Key;
            if (isLeaderCard ? !leaderAnswers : member >= answering) continue;
            var value = new JsonObject { ["action"] = PulseSubmission.ActionName, ["ticket"] = ticket };
            foreach (var id in verified.QuestionIds) value[PulseSubmission.QuestionInputId(id)] = "4";
            await bot.PostActivityAsync(TeamsActivities.Submit(_connector.ServiceUrl, value, "card", "a:" + member, UserId(member), Aad(member)));
        }
        Assert.Equal(answering, (await bot.Service<AnswerStore>().RespondentsAsync(setup.Team, week, default)).Count);
    }

    /// <summary>A week with a pulse run and answers, stored as a pulse leaves them, without the pulse's own close of earlier weeks.</summary>
    private async Task OpenWeekAsync(TeamSetup setup, PulsePeriod week, int answering)
    {
        await using var bot = await StartAsync(Tuesday(week));
        await bot.Service<TeamSetupStore>().SaveAsync(setup, default);
        var runs = bot.Service<PulseRuns>();
        var claim = await runs.TryClaimAsync(setup.Team, week, ["q1"], senderDied: false, default);
        await runs.SaveAsync(claim!.Run with { RosterSize = 6, Recipients = 6, MinimumGroupSize = setup.MinimumGroupSize, Sent = true }, default);
        for (var i = 0; i < answering; i++)
        {
            await bot.Service<AnswerStore>().RecordAsync(setup.Team, week, $"member-{i}", new PulseAnswer(new Dictionary<string, int?> { ["q1"] = 4 }, null), default);
        }
    }

    private static async Task<DateTimeOffset?> NextCloseRunAsync(BotUnderTest bot)
    {
        var schedule = bot.Service<WeekCloseSchedule>();
        var deadline = DateTime.UtcNow.AddSeconds(10);
        DateTimeOffset? next;
        while ((next = await schedule.NextRunAsync(default)) is null && DateTime.UtcNow < deadline) await Task.Delay(50);
        return next;
    }

    /// <summary>Waits until the instance's close run due at <paramref name="due"/> has fired (its trigger moved on a week).</summary>
    private static async Task CloseRunFiredAsync(BotUnderTest bot, DateTimeOffset due)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (await NextCloseRunAsync(bot) <= due && DateTime.UtcNow < deadline) await Task.Delay(100);
        Assert.True(await NextCloseRunAsync(bot) > due, "the close run did not fire");
    }

    /// <summary>The week's aggregate once the close run has written it (waiting up to 30 s for the run to fire).</summary>
    private static async Task<PeriodAggregate> ClosedAsync(BotUnderTest bot, TeamRef team, PulsePeriod week)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var closed = await bot.Service<AggregateStore>().GetRangeAsync(team, week, week, default);
            if (closed.Count > 0 || DateTime.UtcNow > deadline) return Assert.Single(closed);
            await Task.Delay(100);
        }
    }

    /// <summary>The summary cards sent, once <paramref name="count"/> have come and 2 s more for any surplus to show.</summary>
    private async Task<List<string>> SummariesAsync(int count)
    {
        List<string> Sent() => [.. _connector.ActivitiesSent().Select(c => c.CardText).Where(t => t.Contains(SummaryTitle, StringComparison.Ordinal))];
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (Sent().Count < count && DateTime.UtcNow < deadline) await Task.Delay(100);
        await Task.Delay(TimeSpan.FromSeconds(2));
        return Sent();
    }

    private static async Task<List<TableEntity>> RowsAsync(BotUnderTest bot, string table, string partition)
    {
        var rows = new List<TableEntity>();
        await foreach (var row in bot.Service<PrefixedTableService>().GetTableClient(table).QueryEntitiesAsync(TableFilter.Equal("PartitionKey", partition))) rows.Add(row);
        return rows;
    }

    private string UserId(int i) => _connector.Members[i]["id"]!.GetValue<string>();

    private string Aad(int i) => _connector.Members[i]["aadObjectId"]!.GetValue<string>();
}
