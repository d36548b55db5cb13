using System.Text.Json.Nodes;
using TrivselsBot.CheckIns;
using TrivselsBot.CheckIns.Questions;
using TrivselsBot.Closing;
using TrivselsBot.Demo;
using TrivselsBot.Groups;
using TrivselsBot.Localization;
using TrivselsBot.Privacy;
using TrivselsBot.Setup;
using TrivselsBot.Summaries;
using TrivselsBot.Testing;

namespace TrivselsBot.Tests.Demo;

/// <summary>
/// The demo workplace is made by the product's own weeks: the summary it gives is the one the same answers give when
/// they come in as pulse card submits through the bot and the weeks are closed by the pulse and the close run.
/// </summary>
public sealed class DemoSeedingTests(DemoWorkplaceFixture demo) : IClassFixture<DemoWorkplaceFixture>
{
    private static TeamRef Solsikken => DemoSeeder.Ref(DemoWorkplace.Solsikken);

    [Fact]
    public async Task The_seeded_summary_equals_the_one_the_same_answers_give_through_pulse_cards_and_the_week_closing()
    {
        var seededSetup = (await demo.Bot.Service<TeamSetupStore>().GetAsync(Solsikken, default))!;
        var clock = new DemoClock(DemoWorkplaceFixture.Now);
        await using var normal = await BotUnderTest.StartAsync(demo.ConnectionString, time: clock);
        await normal.Service<TeamSetupStore>().SaveAsync(seededSetup, default);
        var bank = normal.Service<QuestionBank>();

        var week = PulsePeriod.Containing(DemoWorkplaceFixture.Now);
        for (var i = 0; i < DemoStory.ClosedWeeks; i++) week = week.Previous;
        for (var number = 1; number <= DemoStory.ClosedWeeks; number++, week = week.Next)
        {
            clock.Now = TrivselsBot.Scheduling.Copenhagen.Instant(week.FirstDay.ToDateTime(new TimeOnly(9, 0)));
            var cards = await SendPulseAsync(normal, clock.Now);
            var questions = QuestionRotation.Choose(bank, week, seededSetup.QuestionsPerPulse);
            foreach (var answer in DemoStory.TeamAnswers(DemoWorkplace.Solsikken, number, questions))
            {
                var response = await normal.PostActivityAsync(Submit(cards[answer.Person.AadObjectId], answer));
                response.EnsureSuccessStatusCode();
            }
        }
        clock.Now = week.Start + TimeSpan.FromHours(1);
        await normal.Service<WeekClosing>().CloseAllAsync(default);

        var now = DemoWorkplaceFixture.Now;
        Assert.Equal(await SummaryJsonAsync(demo.Bot, now), await SummaryJsonAsync(normal, now));
        Assert.Equal(await GroupsJsonAsync(demo.Bot, seededSetup, now), await GroupsJsonAsync(normal, seededSetup, now));
        var lastWeek = PulsePeriod.Containing(now).Previous;
        Assert.Equal((await demo.Bot.Service<AnswerStore>().StoredCommentsAsync(Solsikken, lastWeek, default)).Order(),
            (await normal.Service<AnswerStore>().StoredCommentsAsync(Solsikken, lastWeek, default)).Order());
    }

    [Fact]
    public async Task Twelve_weeks_are_closed_one_of_them_under_k_and_the_week_of_the_try_is_open_with_four_answers()
    {
        var now = DemoWorkplaceFixture.Now;
        var summary = await SummaryAsync(demo.Bot, now);
        var current = PulsePeriod.Containing(now);

        var longBefore = current;
        for (var i = 0; i < 20; i++) longBefore = longBefore.Previous;
        Assert.Equal(DemoStory.ClosedWeeks, (await demo.Bot.Service<AggregateStore>().GetRangeAsync(Solsikken, longBefore, current, default)).Count);
        Assert.Equal(FigureState.NotMeasured, summary.AnchorTrend[0].Score.State); // 13 weeks shown, 12 seeded
        Assert.Single(summary.AnchorTrend, p => p.Score.State == FigureState.Suppressed);
        Assert.True(summary.ResponseRate.Percent.IsShown);
        Assert.Equal(DemoWorkplace.Solsikken.Members.Count, summary.ResponseRate.RosterSize);
        Assert.Equal(4, await demo.Bot.Service<AnswerStore>().CountRespondentsAsync(Solsikken, current, default));
        var run = await demo.Bot.Service<PulseRuns>().GetAsync(Solsikken, current, default);
        Assert.False(run!.Sent); // left for the live pulse to take over
    }

    [Fact]
    public async Task A_second_start_on_the_same_tables_seeds_nothing_again()
    {
        var before = await SummaryJsonAsync(demo.Bot, DemoWorkplaceFixture.Now);

        await using var again = await BotUnderTest.StartAsync(demo.ConnectionString, demo.Settings, time: new ShiftedClock(DemoWorkplaceFixture.Now));

        Assert.False(await again.Service<DemoSeeder>().SeedAsync(default));
        Assert.Equal(before, await SummaryJsonAsync(again, DemoWorkplaceFixture.Now));
        var current = PulsePeriod.Containing(DemoWorkplaceFixture.Now);
        Assert.Equal(4, (await again.Service<AnswerStore>().RespondentsAsync(Solsikken, current, default)).Count);
    }

    [Fact]
    public async Task The_leader_asking_for_the_summary_gets_figures_a_chart_and_comments_all_marked_as_demo_data()
    {
        var before = demo.Connector.ActivitiesSent().Count;

        await demo.Bot.PostActivityAsync(demo.Message("resumé", DemoWorkplace.Mette));

        var cards = (await demo.Connector.WaitForActivitiesAsync(before + 3)).Skip(before).ToList();
        Assert.All(cards, c => Assert.Equal(DemoCardLabel.Label, c.Card!["body"]![0]!["text"]!.GetValue<string>()));
        Assert.Contains("Trivsel i Bostedet Solsikken", cards[0].CardText, StringComparison.Ordinal);
        Assert.Matches(@"\d+ af 14 svarede", cards[0].CardText);
        Assert.Contains("Chart.Line", cards[0].Card!.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains(cards, c => c.CardText.Contains("Hus Nord", StringComparison.Ordinal));
        Assert.Contains(cards, c => c.CardText.Contains("den faste vikar", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_organisation_roll_up_shows_the_small_team_as_too_few_answers_and_the_leaders_own_pulse()
    {
        var before = demo.Connector.ActivitiesSent().Count;

        await demo.Bot.PostActivityAsync(demo.Message("resumé organisation", DemoWorkplace.Mette));

        var cards = (await demo.Connector.WaitForActivitiesAsync(before + 2)).Skip(before).Select(c => c.CardText).ToList();
        var teams = Assert.Single(cards, c => c.Contains("Aflastningen Kastanjen", StringComparison.Ordinal));
        Assert.Matches(@"Aflastningen Kastanjen\nfor få svar", teams);
        Assert.Matches(@"Natholdet\n\d+ %", teams);
        Assert.DoesNotContain("for få svar", cards[0].Split("Ledernes egen")[1].Split('\n')[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_TRIO_agenda_lists_the_overdue_action_first_and_the_point_for_the_next_meeting()
    {
        var before = demo.Connector.ActivitiesSent().Count;

        await demo.Bot.PostActivityAsync(demo.Message("trio dagsorden", DemoWorkplace.Sara));

        var agenda = (await demo.Connector.WaitForActivitiesAsync(before + 1)).Skip(before).Single().CardText;
        var overdue = agenda.IndexOf("tryghedsplanen", StringComparison.Ordinal);
        Assert.True(overdue > 0, agenda);
        Assert.True(overdue < agenda.IndexOf("debriefing-skemaet", StringComparison.Ordinal));
        Assert.True(overdue < agenda.IndexOf("Vagtplanen for weekender", StringComparison.Ordinal));
        Assert.DoesNotContain("Aftal fast weekendvikar", agenda, StringComparison.Ordinal); // done in the last meeting
        Assert.Contains("nye vikarer", agenda, StringComparison.Ordinal);
        Assert.Contains("APV", agenda, StringComparison.Ordinal);
    }

    /// <summary>Fires the pulse through the bot's runner and returns each member's card (the setup points at the same local connector).</summary>
    private async Task<Dictionary<string, JsonObject>> SendPulseAsync(BotUnderTest bot, DateTimeOffset at)
    {
        var connector = demo.Connector;
        var before = connector.ActivitiesSent().Count;
        await bot.Service<IPulseRunner>().RunAsync(Solsikken, at, default);
        var signer = bot.Service<PulseTicketSigner>();
        var pseudonyms = bot.Service<MemberPseudonym>();
        var cards = new Dictionary<string, JsonObject>();
        foreach (var card in connector.ActivitiesSent().Skip(before).Select(c => c.Card).OfType<JsonObject>())
        {
            if (card["actions"]?[0]?["data"]?["ticket"]?.GetValue<string>() is not { } text || !signer.TryVerify(text, out var ticket) || ticket.TeamKey != Solsikken.Key) continue;
            var person = DemoWorkplace.Solsikken.Members.Single(m => pseudonyms.For(m.AadObjectId) == ticket.RecipientPseudonym);
            cards[person.AadObjectId] = card;
        }
        Assert.Equal(DemoWorkplace.Solsikken.Members.Count, cards.Count);
        return cards;
    }

    private JsonObject Submit(JsonObject card, DemoAnswer answer)
    {
        var value = new JsonObject { ["action"] = "pulse.answer", ["ticket"] = card["actions"]![0]!["data"]!["ticket"]!.GetValue<string>() };
        foreach (var (question, score) in answer.Scores) value[PulseSubmission.QuestionInputId(question)] = score?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? PulseScale.Decline;
        if (answer.Comment is not null) value["comment"] = answer.Comment;
        return DemoWorkplaceFixture.InDemoTenant(TeamsActivities.Submit(demo.Connector.ServiceUrl, value, "card-" + answer.Person.UserId,
            "a:chat-" + answer.Person.UserId, answer.Person.UserId, answer.Person.AadObjectId));
    }

    private static async Task<LeaderSummary> SummaryAsync(BotUnderTest bot, DateTimeOffset now)
    {
        var (from, to) = LeaderSummary.PeriodsToRead(now);
        return LeaderSummary.Build(bot.Service<QuestionBank>(), await bot.Service<AggregateStore>().GetRangeAsync(Solsikken, from, to, default), 5, now);
    }

    private static async Task<string> SummaryJsonAsync(BotUnderTest bot, DateTimeOffset now) =>
        SummaryCard.Build(Language.Danish, await SummaryAsync(bot, now), DemoWorkplace.Solsikken.Name).ToJson().ToJsonString();

    private static async Task<string?> GroupsJsonAsync(BotUnderTest bot, TeamSetup setup, DateTimeOffset now) =>
        (await bot.Service<GroupSummaries>().CardAsync(setup, PulsePeriod.Containing(now).Previous, Language.Danish, default))?.ToJson().ToJsonString();
}
