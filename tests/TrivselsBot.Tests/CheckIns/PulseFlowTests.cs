using System.Net;
using System.Text.Json.Nodes;
using TrivselsBot.CheckIns;
using TrivselsBot.Privacy;
using TrivselsBot.Scheduling;
using TrivselsBot.Setup;
using Azure.Data.Tables;
using TrivselsBot.Storage;
using TrivselsBot.Testing;

namespace TrivselsBot.Tests.CheckIns;

/// <summary>
/// The weekly pulse through the real bot, on Azurite, with a local Bot Connector holding a roster of six:
/// setup in a group chat, the fan-out, answers, double submits, tampering, the reminder, and what ends up stored.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class PulseFlowTests(AzuriteServer azurite) : IAsyncLifetime
{
    private readonly string _chat = $"19:{Guid.NewGuid():N}@thread.v2";
    /// <summary>A Tuesday morning in week 48, so the reminder (never at weekends) is due whatever day the tests run.</summary>
    private readonly ShiftedClock _clock = new(new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.FromHours(1)));
    private RecordingConnector _connector = null!;
    private BotUnderTest _bot = null!;
    private TeamRef Team => new(TeamsActivities.TenantId, _chat);

    public async Task InitializeAsync()
    {
        _connector = await RecordingConnector.StartAsync();
        _connector.AddMembers(6, prefix: Guid.NewGuid().ToString("N")[..8]);
        _bot = await BotUnderTest.StartAsync(azurite.ConnectionString, time: _clock);
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _connector.DisposeAsync();
    }

    private string UserId(int i) => _connector.Members[i]["id"]!.GetValue<string>();
    private string Aad(int i) => _connector.Members[i]["aadObjectId"]!.GetValue<string>();

    private async Task SetUpTeamAsync(string k = "5")
    {
        var setup = new JsonObject
        {
            ["action"] = "setup.save", ["leaders"] = Aad(0), ["day"] = "1", ["time"] = "09:00",
            ["reminder"] = "2", ["questions"] = "4", ["language"] = "da", ["k"] = k,
        };
        var response = await _bot.PostActivityAsync(TeamsActivities.Submit(_connector.ServiceUrl, setup, "setup-card", _chat, UserId(0), Aad(0), "groupChat"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>Fires the pulse now and returns each member's card, found by the pseudonym inside its signed ticket.</summary>
    private async Task<Dictionary<int, JsonObject>> SendPulseAsync()
    {
        var before = _connector.ActivitiesSent().Count;
        await _bot.Service<IPulseRunner>().RunAsync(Team, _clock.GetUtcNow(), default);
        var cards = _connector.ActivitiesSent().Skip(before).Select(c => c.Card!).Where(c => c["actions"]?[0]?["data"]?["ticket"] is not null).ToList(); // the leader also gets last week's summary
        return CardsByMember(cards);
    }

    private Dictionary<int, JsonObject> CardsByMember(IEnumerable<JsonObject> cards)
    {
        var signer = _bot.Service<PulseTicketSigner>();
        var pseudonyms = _bot.Service<MemberPseudonym>();
        var byMember = new Dictionary<int, JsonObject>();
        foreach (var card in cards)
        {
            Assert.True(signer.TryVerify(Ticket(card), out var ticket));
            if (ticket.TeamKey != Team.Key) continue; // the leader's own leader pulse card
            var member = Enumerable.Range(0, _connector.Members.Count).Single(i => pseudonyms.For(Aad(i)) == ticket!.RecipientPseudonym);
            Assert.False(byMember.ContainsKey(member), $"member {member} got two cards");
            byMember[member] = card;
        }
        return byMember;
    }

    private static string Ticket(JsonObject card) => card["actions"]![0]!["data"]!["ticket"]!.GetValue<string>();

    private static IEnumerable<string> QuestionInputs(JsonObject card) =>
        card["body"]!.AsArray().Select(e => e!["id"]?.GetValue<string>()).OfType<string>().Where(id => id.StartsWith("q_", StringComparison.Ordinal));

    private async Task<HttpResponseMessage> AnswerAsync(int member, JsonObject card, string score = "4", string? comment = null, string? ticket = null, int? asMember = null)
    {
        var value = new JsonObject { ["action"] = "pulse.answer", ["ticket"] = ticket ?? Ticket(card) };
        foreach (var input in QuestionInputs(card)) value[input] = score;
        if (comment is not null) value["comment"] = comment;
        var who = asMember ?? member;
        return await _bot.PostActivityAsync(TeamsActivities.Submit(_connector.ServiceUrl, value, $"card-{member}", $"a:chat-{who}", UserId(who), Aad(who)));
    }

    private RecordedCall LastCall() => _connector.Calls.Last();

    [Fact]
    public async Task Setup_in_a_group_chat_shows_the_roster_saves_and_schedules_the_pulse()
    {
        await _bot.PostActivityAsync(TeamsActivities.Message(_connector.ServiceUrl, "opsæt", _chat, userId: UserId(2), conversationType: "groupChat", aadObjectId: Aad(2)));
        var card = Assert.Single(await _connector.WaitForActivitiesAsync(1));
        Assert.Contains("Opsætning af trivselstjek", card.CardText, StringComparison.Ordinal);
        Assert.Contains("Medarbejder 5", card.CardText, StringComparison.Ordinal);

        await SetUpTeamAsync();

        var saved = LastCall();
        Assert.Equal("PUT", saved.Method);
        Assert.EndsWith("/activities/setup-card", saved.Path, StringComparison.Ordinal);
        Assert.Contains("Trivselstjekket er sat op", saved.CardText, StringComparison.Ordinal);
        Assert.Equal([Aad(0)], (await _bot.Service<TeamSetupStore>().GetAsync(Team, default))!.Leaders.Select(l => l.AadObjectId));
        var next = await _bot.Service<TeamSchedules>().NextPulseAsync(Team, default);
        Assert.NotNull(next);
        Assert.Equal(new TimeOnly(9, 0), TimeOnly.FromDateTime(Copenhagen.LocalTime(next.Value)));
        Assert.Equal(DayOfWeek.Monday, Copenhagen.LocalTime(next.Value).DayOfWeek);
    }

    [Fact]
    public async Task After_setup_only_a_leader_may_change_it()
    {
        await SetUpTeamAsync();
        var change = new JsonObject { ["action"] = "setup.save", ["leaders"] = Aad(3), ["day"] = "5", ["time"] = "12:00", ["reminder"] = "1", ["questions"] = "3", ["language"] = "da", ["k"] = "3" };

        await _bot.PostActivityAsync(TeamsActivities.Submit(_connector.ServiceUrl, change, "setup-card", _chat, UserId(3), Aad(3), "groupChat"));

        Assert.Contains("Kun teamets leder", LastCall().Text, StringComparison.Ordinal);
        Assert.Equal(5, (await _bot.Service<TeamSetupStore>().GetAsync(Team, default))!.MinimumGroupSize);
    }

    [Fact]
    public async Task Every_member_gets_one_signed_card_with_the_anchor_and_the_chosen_questions()
    {
        await SetUpTeamAsync();

        var cards = await SendPulseAsync();

        Assert.Equal(6, cards.Count);
        Assert.All(cards.Values, c => Assert.Equal(4, QuestionInputs(c).Count()));
        Assert.Equal(6, _connector.Calls.Count(c => c.Method == "POST" && c.Path == "/v3/conversations"));
    }

    [Fact]
    public async Task A_pulse_fired_twice_for_the_same_week_is_sent_once()
    {
        await SetUpTeamAsync();

        await Task.WhenAll(SendPulseAsync(), SendPulseAsync());

        Assert.Equal(6, CardsByMember(_connector.ActivitiesSent().Select(c => c.Card).OfType<JsonObject>().Where(c => c["actions"] is not null)).Count);
    }

    [Fact]
    public async Task An_answer_replaces_the_card_with_thanks_and_a_second_submit_is_stored_once()
    {
        await SetUpTeamAsync();
        var cards = await SendPulseAsync();

        await AnswerAsync(1, cards[1]);
        var thanks = LastCall();
        await AnswerAsync(1, cards[1], score: "1");
        var again = LastCall();

        Assert.Equal("PUT", thanks.Method);
        Assert.EndsWith("/activities/card-1", thanks.Path, StringComparison.Ordinal);
        Assert.Contains("Tak for dine svar", thanks.CardText, StringComparison.Ordinal);
        Assert.Contains("allerede modtaget", again.CardText, StringComparison.Ordinal);
        Assert.Single(await _bot.Service<AnswerStore>().RespondentsAsync(Team, PulsePeriod.Containing(_clock.GetUtcNow()), default));
    }

    [Fact]
    public async Task The_response_rate_is_hidden_until_k_have_answered()
    {
        await SetUpTeamAsync(k: "3");
        var cards = await SendPulseAsync();

        await AnswerAsync(1, cards[1]);
        var first = LastCall().CardText;
        await AnswerAsync(2, cards[2]);
        await AnswerAsync(3, cards[3]);
        var third = LastCall().CardText;

        Assert.DoesNotContain("%", first, StringComparison.Ordinal);
        Assert.Contains("50 %", third, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tampered")]
    [InlineData("foreign")]
    [InlineData("out-of-scale")]
    [InlineData("too-long")]
    public async Task A_bad_answer_gets_a_clear_message_and_nothing_is_stored(string attack)
    {
        await SetUpTeamAsync();
        var cards = await SendPulseAsync();
        var ticket = Ticket(cards[1]);

        var response = attack switch
        {
            "tampered" => await AnswerAsync(1, cards[1], ticket: ticket[..^3] + (ticket[^3] == 'A' ? "B" : "A") + ticket[^2..]),
            "foreign" => await AnswerAsync(1, cards[1], asMember: 2),
            "out-of-scale" => await AnswerAsync(1, cards[1], score: "6"),
            _ => await AnswerAsync(1, cards[1], comment: new string('x', 501)),
        };

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("POST", LastCall().Method);
        Assert.NotNull(LastCall().Card);
        Assert.Empty(await _bot.Service<AnswerStore>().RespondentsAsync(Team, PulsePeriod.Containing(_clock.GetUtcNow()), default));
    }

    [Fact]
    public async Task Answers_reach_the_answer_table_only_together_once_k_have_answered_and_carry_nothing_personal()
    {
        await SetUpTeamAsync();
        var cards = await SendPulseAsync();
        var period = PulsePeriod.Containing(_clock.GetUtcNow());
        var store = _bot.Service<AnswerStore>();

        for (var m = 1; m <= 4; m++) await AnswerAsync(m, cards[m], comment: m == 1 ? "Ring til mig på 23 45 67 89 om vagtplanen" : null);
        Assert.Empty(await store.StoredScoresAsync(Team, period, default));

        await AnswerAsync(5, cards[5]);

        Assert.Equal(5, (await store.StoredScoresAsync(Team, period, default)).Count);
        var comment = Assert.Single(await store.StoredCommentsAsync(Team, period, default));
        Assert.DoesNotContain("23 45 67 89", comment, StringComparison.Ordinal);
        Assert.Contains("vagtplanen", comment, StringComparison.Ordinal);

        var tables = _bot.Service<PrefixedTableService>();
        var personal = Enumerable.Range(0, 6).SelectMany(i => new[] { Aad(i), UserId(i), _bot.Service<MemberPseudonym>().For(Aad(i)), $"Medarbejder {i}" }).ToList();
        foreach (var table in new[] { AnswerStore.AnswersTable, AnswerStore.CommentsTable, AnswerStore.InboxTable })
        {
            await foreach (var row in tables.GetTableClient(table).QueryEntitiesAsync(TableFilter.Equal("PartitionKey", AnswerStore.Partition(Team, period))))
            {
                var everything = row.RowKey + " " + string.Join(" ", row.Select(p => p.Key + "=" + p.Value));
                Assert.DoesNotContain(personal, p => everything.Contains(p, StringComparison.OrdinalIgnoreCase));
            }
        }
        await foreach (var row in tables.GetTableClient(AnswerStore.ParticipationTable).QueryEntitiesAsync(TableFilter.Equal("PartitionKey", AnswerStore.Partition(Team, period))))
        {
            Assert.Equal(["State"], row.OwnProperties().Select(p => p.Key));
        }
    }

    [Fact]
    public async Task The_reminder_reaches_only_those_who_have_not_answered_and_only_once()
    {
        await SetUpTeamAsync();
        var cards = await SendPulseAsync();
        for (var m = 1; m <= 4; m++) await AnswerAsync(m, cards[m]);
        var before = _connector.ActivitiesSent().Count;
        var period = PulsePeriod.Containing(_clock.GetUtcNow());

        await _bot.Service<IReminderRunner>().RunAsync(Team, period, default);
        await _bot.Service<IReminderRunner>().RunAsync(Team, period, default);

        var reminders = CardsByMember(_connector.ActivitiesSent().Skip(before).Select(c => c.Card!));
        Assert.Equal([0, 5], reminders.Keys.Order());
        Assert.Contains("ikke svaret endnu", string.Join(" ", reminders[0].ToJsonString(new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping })), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_roster_is_read_fresh_each_week_so_joiners_get_the_next_pulse_and_leavers_do_not()
    {
        await SetUpTeamAsync();
        await SendPulseAsync();
        var leaver = Aad(5);
        _connector.Members.RemoveAt(5);
        _connector.AddMembers(1, prefix: "joiner" + Guid.NewGuid().ToString("N")[..6]);
        var before = _connector.ActivitiesSent().Count;

        await _bot.Service<IPulseRunner>().RunAsync(Team, _clock.GetUtcNow().AddDays(7), default);

        var cards = _connector.ActivitiesSent().Skip(before).Select(c => c.Card!).Where(c => c["actions"]?[0]?["data"]?["ticket"] is not null).ToList(); // the leader also gets last week's summary
        var nextWeek = CardsByMember(cards); // every card maps to exactly one current member
        Assert.Equal([0, 1, 2, 3, 4, 5], nextWeek.Keys.Order());
        Assert.StartsWith("aad-joiner", Aad(5), StringComparison.Ordinal);
        var leaverPseudonym = _bot.Service<MemberPseudonym>().For(leaver);
        Assert.DoesNotContain(cards, c => _bot.Service<PulseTicketSigner>().TryVerify(Ticket(c), out var t) && t.RecipientPseudonym == leaverPseudonym);
    }

    [Fact]
    public async Task Someone_who_paused_gets_no_pulse_but_counts_in_the_roster()
    {
        await SetUpTeamAsync();
        await _bot.PostActivityAsync(TeamsActivities.Message(_connector.ServiceUrl, "pause", "a:chat-4", userId: UserId(4), aadObjectId: Aad(4)));
        Assert.Contains("start", LastCall().Text, StringComparison.Ordinal);

        var cards = await SendPulseAsync();

        Assert.Equal([0, 1, 2, 3, 5], cards.Keys.Order());
        Assert.Equal(6, (await _bot.Service<PulseRuns>().GetAsync(Team, PulsePeriod.Containing(_clock.GetUtcNow()), default))!.RosterSize);

        await _bot.PostActivityAsync(TeamsActivities.Message(_connector.ServiceUrl, "start", "a:chat-4", userId: UserId(4), aadObjectId: Aad(4)));
        var paused = await _bot.Service<PausedMembers>().PausedInTenantAsync(TeamsActivities.TenantId, default);
        Assert.DoesNotContain(_bot.Service<MemberPseudonym>().For(Aad(4)), paused);
    }
}
