using System.Text.Json.Nodes;
using TrivselsBot.CheckIns;
using TrivselsBot.Privacy;
using TrivselsBot.Setup;
using TrivselsBot.Summaries;
using TrivselsBot.Testing;

namespace TrivselsBot.Tests.Summaries;

/// <summary>
/// "resumé" through the real bot over three weeks on Azurite: 6 of 6 answer in week 47, 4 of 6 in week 48 (k = 5).
/// The leader sees week 47's figures and "for få svar" for week 48; anyone else is refused; every request is audited.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class SummaryCommandTests(AzuriteServer azurite)
{
    private readonly Dictionary<string, string?> _tables = BotUnderTest.SharedTables();

    private static DateTimeOffset TuesdayOfWeek(int week) => new DateTimeOffset(2026, 11, 17, 10, 0, 0, TimeSpan.FromHours(1)).AddDays(7 * (week - 47));

    [Fact]
    public async Task A_leader_sees_a_week_with_k_answers_and_too_few_for_a_week_under_k_and_others_are_refused()
    {
        await using var connector = await RecordingConnector.StartAsync();
        connector.AddMembers(6, prefix: Guid.NewGuid().ToString("N")[..8]);
        var team = new TeamRef(TeamsActivities.TenantId, $"19:{Guid.NewGuid():N}@thread.v2");

        await WeekAsync(connector, team, week: 47, answering: 6, setUp: true);
        await WeekAsync(connector, team, week: 48, answering: 4);
        await using var bot = await BotUnderTest.StartAsync(azurite.ConnectionString, _tables, time: new ShiftedClock(TuesdayOfWeek(49)));
        await bot.Service<IPulseRunner>().RunAsync(team, TuesdayOfWeek(49), default); // closes week 48

        connector.Calls.Clear();
        await bot.PostActivityAsync(TeamsActivities.Message(connector.ServiceUrl, "resume", "a:leader", userId: Id(connector, 0), aadObjectId: Aad(connector, 0)));
        var card = Assert.Single(connector.ActivitiesSent()).CardText;
        Assert.Contains("for få svar", card, StringComparison.Ordinal);
        Assert.DoesNotContain("4 af 6", card, StringComparison.Ordinal);
        Assert.Matches(@"\n\d{1,3}\n", card); // week 47 (6 answers) still feeds the 4-week theme and Vægten figures

        await bot.PostActivityAsync(TeamsActivities.Message(connector.ServiceUrl, "resumé", "a:staff", userId: Id(connector, 3), aadObjectId: Aad(connector, 3)));
        Assert.Contains("kun for teamets leder", connector.ActivitiesSent()[^1].Text, StringComparison.Ordinal);

        var entries = await bot.Service<SummaryAudit>().LatestAsync(TeamsActivities.TenantId, 50, default);
        Assert.Contains(entries, e => e.Who == Aad(connector, 0) && e.Team == team.ConversationId && e.KnownOutcome == AuditOutcome.Shown);
        Assert.Contains(entries, e => e.Who == Aad(connector, 3) && e.KnownOutcome == AuditOutcome.RefusedNotAViewer);
    }

    [Fact]
    public async Task Lowering_k_after_the_pulse_went_out_but_before_the_week_closed_still_shows_the_week_as_too_few()
    {
        await using var connector = await RecordingConnector.StartAsync();
        connector.AddMembers(6, prefix: Guid.NewGuid().ToString("N")[..8]);
        var team = new TeamRef(TeamsActivities.TenantId, $"19:{Guid.NewGuid():N}@thread.v2");
        await WeekAsync(connector, team, week: 47, answering: 4, setUp: true); // k = 5 when the pulse went out
        await using var bot = await BotUnderTest.StartAsync(azurite.ConnectionString, _tables, time: new ShiftedClock(TuesdayOfWeek(48)));
        await bot.PostActivityAsync(TeamsActivities.Submit(connector.ServiceUrl, new JsonObject
        {
            ["action"] = "setup.save", ["leaders"] = Aad(connector, 0), ["day"] = "2", ["time"] = "09:00",
            ["reminder"] = "2", ["questions"] = "5", ["language"] = "da", ["k"] = "4", ["summary"] = "no",
        }, "setup-card", team.ConversationId, Id(connector, 0), Aad(connector, 0), "groupChat"));
        Assert.Equal(4, (await bot.Service<TeamSetupStore>().GetAsync(team, default))!.MinimumGroupSize);
        await bot.Service<IPulseRunner>().RunAsync(team, TuesdayOfWeek(48), default); // closes week 47 after k was lowered
        connector.Calls.Clear();

        await bot.PostActivityAsync(TeamsActivities.Message(connector.ServiceUrl, "resumé", "a:leader", userId: Id(connector, 0), aadObjectId: Aad(connector, 0)));

        var card = connector.ActivitiesSent().Select(c => c.CardText).First(c => c.Contains("Trivsel i", StringComparison.Ordinal));
        Assert.Contains("for få svar", card, StringComparison.Ordinal);
        Assert.DoesNotContain("4 af 6", card, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(3, true)]
    [InlineData(2, false)]
    public async Task The_weeks_comments_follow_the_summary_only_when_at_least_three_exist(int commenting, bool shown)
    {
        await using var connector = await RecordingConnector.StartAsync();
        connector.AddMembers(6, prefix: Guid.NewGuid().ToString("N")[..8]);
        var team = new TeamRef(TeamsActivities.TenantId, $"19:{Guid.NewGuid():N}@thread.v2");
        await WeekAsync(connector, team, week: 47, answering: 5, setUp: true, commenting: commenting);
        await using var bot = await BotUnderTest.StartAsync(azurite.ConnectionString, _tables, time: new ShiftedClock(TuesdayOfWeek(48)));
        await bot.Service<IPulseRunner>().RunAsync(team, TuesdayOfWeek(48), default); // closes week 47
        connector.Calls.Clear();

        await bot.PostActivityAsync(TeamsActivities.Message(connector.ServiceUrl, "resumé", "a:leader", userId: Id(connector, 0), aadObjectId: Aad(connector, 0)));

        var cards = connector.ActivitiesSent().Select(c => c.CardText).ToList();
        Assert.Equal(shown ? 2 : 1, cards.Count);
        if (shown)
        {
            Assert.Contains("Kommentarer fra uge 47", cards[1], StringComparison.Ordinal);
            Assert.Equal(3, Enumerable.Range(0, 3).Count(m => cards[1].Contains($"Kommentar nummer {m}", StringComparison.Ordinal)));
        }
    }

    private static string Id(RecordingConnector c, int i) => c.Members[i]["id"]!.GetValue<string>();
    private static string Aad(RecordingConnector c, int i) => c.Members[i]["aadObjectId"]!.GetValue<string>();

    /// <summary>One week on its own clock: (set up,) the pulse goes out, and the first <paramref name="answering"/> members answer.</summary>
    private async Task WeekAsync(RecordingConnector connector, TeamRef team, int week, int answering, bool setUp = false, int commenting = 0)
    {
        await using var bot = await BotUnderTest.StartAsync(azurite.ConnectionString, _tables, time: new ShiftedClock(TuesdayOfWeek(week)));
        if (setUp)
        {
            await bot.PostActivityAsync(TeamsActivities.Submit(connector.ServiceUrl, new JsonObject
            {
                ["action"] = "setup.save", ["leaders"] = Aad(connector, 0), ["day"] = "2", ["time"] = "09:00",
                ["reminder"] = "2", ["questions"] = "5", ["language"] = "da", ["k"] = "5",
            }, "setup-card", team.ConversationId, Id(connector, 0), Aad(connector, 0), "groupChat"));
        }
        var before = connector.ActivitiesSent().Count;
        await bot.Service<IPulseRunner>().RunAsync(team, TuesdayOfWeek(week), default);

        var signer = bot.Service<PulseTicketSigner>();
        var pseudonyms = bot.Service<MemberPseudonym>();
        foreach (var card in connector.ActivitiesSent().Skip(before).Select(c => c.Card).OfType<JsonObject>().Where(c => c["actions"]?[0]?["data"]?["ticket"] is not null)) // not the summary's CSV button
        {
            var ticket = card["actions"]![0]!["data"]!["ticket"]!.GetValue<string>();
            Assert.True(signer.TryVerify(ticket, out var verified));
            var member = Enumerable.Range(0, 6).Single(i => pseudonyms.For(Aad(connector, i)) == verified.RecipientPseudonym);
            if (member >= answering) continue;
            var value = new JsonObject { ["action"] = PulseSubmission.ActionName, ["ticket"] = ticket };
            foreach (var id in verified.QuestionIds) value[PulseSubmission.QuestionInputId(id)] = "4";
            if (member < commenting) value[PulseSubmission.CommentInputId] = $"Kommentar nummer {member}";
            await bot.PostActivityAsync(TeamsActivities.Submit(connector.ServiceUrl, value, "card", "a:" + member, Id(connector, member), Aad(connector, member)));
        }
        Assert.Equal(answering, (await bot.Service<AnswerStore>().RespondentsAsync(team, new PulsePeriod(2026, week), default)).Count);
    }
}
