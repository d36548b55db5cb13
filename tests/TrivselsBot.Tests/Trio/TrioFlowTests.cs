using System.Text.Json.Nodes;
using Quartz;
using TrivselsBot.Setup;
using TrivselsBot.Summaries;
using TrivselsBot.Testing;
using TrivselsBot.Trio;

namespace TrivselsBot.Tests.Trio;

/// <summary>
/// The TRIO through the real bot on Azurite with a local Bot Connector, on Wednesday 2 December 2026: a leader sets it
/// up, the TR adds a point, the agenda reaches the three TRIO members only, an action is created from the card (once,
/// however often it is clicked), its owner is reminded, and the minutes are shared with the team without names.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed partial class TrioFlowTests(AzuriteServer azurite) : IAsyncLifetime
{
    private static readonly DateTimeOffset Wednesday = new(2026, 12, 2, 10, 0, 0, TimeSpan.FromHours(1));
    private readonly Dictionary<string, string?> _tables = BotUnderTest.SharedTables();
    private RecordingConnector _connector = null!;
    private BotUnderTest _bot = null!;
    private TeamRef _team = null!;

    private string Leader => Aad(0);
    private string Tr => Aad(1);
    private string Amr => Aad(2);
    private string Staff => Aad(3);

    public async Task InitializeAsync()
    {
        _connector = await RecordingConnector.StartAsync();
        _connector.AddMembers(6, prefix: Guid.NewGuid().ToString("N")[..8]);
        _bot = await BotUnderTest.StartAsync(azurite.ConnectionString, _tables, time: new ShiftedClock(Wednesday));
        _team = new TeamRef(TeamsActivities.TenantId, $"19:{Guid.NewGuid():N}@thread.v2");
        await _bot.Service<TeamSetupStore>().SaveAsync(new TeamSetup
        {
            Team = _team, ServiceUrl = _connector.ServiceUrl, BotId = TeamsActivities.BotId, Name = "Bostedet Engly",
            Leaders = [new TeamLeader(Leader, "Medarbejder 0")],
        }, default);
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task The_whole_meeting_cycle_reaches_the_trio_only_and_stores_everything_once()
    {
        await SetUpTrioAsync();

        await SayAsync(3, "trio dagsorden");
        Assert.Contains("kun for TRIO'en", LastText(), StringComparison.Ordinal);

        await SayAsync(1, "trio punkt Tonen ved overlap er blevet hård");
        Assert.Contains("sat på dagsordenen", LastText(), StringComparison.Ordinal);

        _connector.Calls.Clear();
        await _bot.Service<TrioAgendaSender>().SendAsync(_team, default);
        var opened = _connector.Calls.Where(c => c.Method == "POST" && c.Path == "/v3/conversations")
            .Select(c => c.Body!["members"]![0]!["id"]!.GetValue<string>()).ToHashSet();
        Assert.Equal([Id(0), Id(1), Id(2)], opened.Order());
        var agendas = _connector.ActivitiesSent();
        Assert.Equal(3, agendas.Count);
        Assert.All(agendas, a => Assert.Contains("Tonen ved overlap er blevet hård", a.CardText, StringComparison.Ordinal));
        Assert.All(agendas, a => Assert.Contains("Hvordan er balancen lige nu og her?", a.CardText, StringComparison.Ordinal));
        await _bot.Service<TrioAgendaSender>().SendAsync(_team, default);
        Assert.Equal(3, _connector.ActivitiesSent().Count); // once per member and meeting

        var card = agendas[0].Card!;
        var create = SubmitData(card, TrioCardData.CreateAction);
        create[TrioCardData.ActionText] = "Ny plan for weekendvagter";
        create[TrioCardData.ActionOwner] = Tr;
        create[TrioCardData.ActionDue] = "2026-12-03";
        await SubmitAsync(0, create);
        Assert.Contains("Handlingen er oprettet", LastText(), StringComparison.Ordinal);
        await SubmitAsync(0, create);
        Assert.Contains("allerede gemt", LastText(), StringComparison.Ordinal);
        var other = (JsonObject)create.DeepClone();
        other[TrioCardData.ActionText] = "Noget helt andet";
        await SubmitAsync(2, other);
        Assert.Contains("En anden nåede at gemme", LastText(), StringComparison.Ordinal);
        await SubmitAsync(3, create);
        Assert.Contains("kun for TRIO'en", LastText(), StringComparison.Ordinal);
        var items = await _bot.Service<TrioStore>().ItemsAsync(_team, default);
        Assert.Single(items, i => i.Kind == TrioItemKind.Action);

        _connector.FailNext(403);
        Assert.Equal(0, await _bot.Service<TrioReminders>().RunAsync(default)); // Teams refused it: not counted as given
        _connector.Calls.Clear();
        Assert.Equal(1, await _bot.Service<TrioReminders>().RunAsync(default));
        var reminder = Assert.Single(_connector.ActivitiesSent());
        Assert.Contains("Ny plan for weekendvagter", reminder.Text, StringComparison.Ordinal);
        var trChat = await _bot.Service<TrivselsBot.CheckIns.Delivery.PersonalChats>().GetAsync(TeamsActivities.TenantId, Tr, default);
        Assert.Contains(Uri.EscapeDataString(trChat!.ConversationId), reminder.Path, StringComparison.Ordinal);
        Assert.Equal(0, await _bot.Service<TrioReminders>().RunAsync(default));

        var point = items.Single(i => i.Kind == TrioItemKind.Point);
        var med = SubmitData(card, TrioCardData.SendToMed, point.Id);
        await SubmitAsync(2, med);
        Assert.Contains("Sendes videre til MED", LastText(), StringComparison.Ordinal);
        await SubmitAsync(2, med);
        Assert.Contains("allerede gjort", LastText(), StringComparison.Ordinal);
        var forMed = await _bot.Service<TrioStore>().MedItemsAsync(TeamsActivities.TenantId, default);
        Assert.Contains(forMed, m => m.Team == _team && m.Item.Text == point.Text);

        await SayAsync(0, "trio referat");
        var minutes = _connector.ActivitiesSent()[^1];
        Assert.Contains("Ny plan for weekendvagter", minutes.CardText, StringComparison.Ordinal);
        Assert.Contains("Medarbejder 1", minutes.CardText, StringComparison.Ordinal);

        _connector.Calls.Clear();
        var share = SubmitData(minutes.Card!, TrioCardData.ShareMinutes);
        await SubmitAsync(0, share);
        var posted = Assert.Single(_connector.ActivitiesSent(), c => c.Path.Contains(Uri.EscapeDataString(_team.ConversationId), StringComparison.Ordinal));
        Assert.Contains("Ny plan for weekendvagter", posted.Text, StringComparison.Ordinal);
        Assert.Contains("Tonen ved overlap", posted.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Medarbejder", posted.Text, StringComparison.Ordinal);
        await SubmitAsync(0, share);
        Assert.Contains("allerede delt", LastText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "2026-12-03", "tom")]
    [InlineData("x", "2026-12-01", "allerede passeret")]
    [InlineData("x", "", "Vælg en dato")]
    [InlineData(null, "2026-12-03", "for lang")]
    public async Task A_bad_action_is_refused_with_a_clear_message_and_nothing_is_stored(string? text, string due, string message)
    {
        await SetUpTrioAsync();
        await SayAsync(0, "trio dagsorden");
        var create = SubmitData(_connector.ActivitiesSent()[^1].Card!, TrioCardData.CreateAction);
        create[TrioCardData.ActionText] = text ?? new string('a', TrioItem.MaxTextLength + 1);
        create[TrioCardData.ActionOwner] = Tr;
        create[TrioCardData.ActionDue] = due;

        await SubmitAsync(0, create);

        Assert.Contains(message, LastText(), StringComparison.Ordinal);
        Assert.Empty(await _bot.Service<TrioStore>().ItemsAsync(_team, default));
    }

    [Fact]
    public async Task An_owner_outside_the_team_and_the_trio_is_refused()
    {
        await SetUpTrioAsync();
        await SayAsync(0, "trio dagsorden");
        var create = SubmitData(_connector.ActivitiesSent()[^1].Card!, TrioCardData.CreateAction);
        create[TrioCardData.ActionText] = "Noget";
        create[TrioCardData.ActionOwner] = "aad-stranger";
        create[TrioCardData.ActionDue] = "2026-12-04";

        await SubmitAsync(0, create);

        Assert.Contains("Vælg en ansvarlig", LastText(), StringComparison.Ordinal);
        Assert.Empty(await _bot.Service<TrioStore>().ItemsAsync(_team, default));
    }

    [Fact]
    public async Task Only_a_leader_of_the_team_may_set_up_the_trio_and_a_chat_with_others_in_it_cannot_receive_agendas()
    {
        await SayInTeamAsync(1, "trio opsæt");
        Assert.Contains("Kun en leder", LastText(), StringComparison.Ordinal);

        await SayInTeamAsync(0, "trio opsæt");
        await SubmitInTeamAsync(0, SetupValues("chat"));
        Assert.Contains("ikke er med i TRIO'en", LastText(), StringComparison.Ordinal);
        Assert.Null(await _bot.Service<TrioStore>().GetSetupAsync(_team, default));
    }

    [Fact]
    public async Task Weekly_meetings_cannot_have_the_agenda_a_whole_working_week_before()
    {
        var weekly = SetupValues("personal");
        weekly["interval"] = "1";
        weekly["agendaDays"] = "5";

        await SayInTeamAsync(0, "trio opsæt");
        await SubmitInTeamAsync(0, weekly);

        Assert.Contains("højst komme 4 arbejdsdage før", LastText(), StringComparison.Ordinal);
        Assert.Null(await _bot.Service<TrioStore>().GetSetupAsync(_team, default));
    }

    [Fact]
    public async Task In_a_chat_of_only_trio_members_the_leader_picks_the_team_and_agendas_go_to_that_chat_once()
    {
        const string chat = "19:trio-chat@thread.v2";
        var value = SetupValues("personal");
        value.Remove("destination");
        value["team"] = _team.Key;
        value["tr"] = $"{Tr},{Staff}";
        value["amr"] = $"{Amr},{Aad(4)},{Aad(5)}";
        await PostAsync(TeamsActivities.Message(_connector.ServiceUrl, "<at>TrivselsBot</at> trio opsæt", chat, userId: Id(0), conversationType: "groupChat", aadObjectId: Leader));
        Assert.Contains("Hvilket team", _connector.ActivitiesSent()[^1].CardText, StringComparison.Ordinal);
        await PostAsync(TeamsActivities.Submit(_connector.ServiceUrl, value, "act-card", chat, Id(0), Leader, "groupChat"));

        var trio = await _bot.Service<TrioStore>().GetSetupAsync(_team, default);
        Assert.Equal(TrioDestination.GroupChat, trio!.Destination);
        Assert.Equal(chat, trio.ChatConversationId);

        _connector.Calls.Clear();
        await _bot.Service<TrioAgendaSender>().SendAsync(_team, default);
        await _bot.Service<TrioAgendaSender>().SendAsync(_team, default);
        var agenda = Assert.Single(_connector.ActivitiesSent());
        Assert.Contains(Uri.EscapeDataString(chat), agenda.Path, StringComparison.Ordinal);
        Assert.DoesNotContain(_connector.Calls, c => c.Path == "/v3/conversations");

        await PostAsync(TeamsActivities.Message(_connector.ServiceUrl, "<at>TrivselsBot</at> trio dagsorden", chat, userId: Id(3), conversationType: "groupChat", aadObjectId: Staff));
        Assert.Contains("TRIO-møde for Bostedet Engly", _connector.ActivitiesSent()[^1].CardText, StringComparison.Ordinal);
        await SayInTeamAsync(3, "trio dagsorden");
        Assert.Contains("vises kun for TRIO'en", LastText(), StringComparison.Ordinal);

        // Someone outside the TRIO is added to the chat later: nothing of the TRIO is posted there any more.
        _connector.AddMembers(1, prefix: "outsider");
        _connector.Calls.Clear();
        await PostAsync(TeamsActivities.Message(_connector.ServiceUrl, "<at>TrivselsBot</at> trio dagsorden", chat, userId: Id(3), conversationType: "groupChat", aadObjectId: Staff));
        Assert.Null(Assert.Single(_connector.ActivitiesSent()).Card);
        Assert.Contains("vises kun for TRIO'en", LastText(), StringComparison.Ordinal);
        _connector.Calls.Clear();
        await _bot.Service<TrioStore>().ReleaseClaimAsync(_team, "agenda-" + TrioCardData.Meeting(trio.FirstMeeting), default);
        await _bot.Service<TrioAgendaSender>().SendAsync(_team, default);
        Assert.DoesNotContain(_connector.ActivitiesSent(), a => a.Path.Contains(Uri.EscapeDataString(chat), StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_agenda_shows_pulse_figures_so_asking_for_it_refused_or_shown_and_sending_it_are_audited_with_names()
    {
        await SetUpTrioAsync();

        await SayAsync(1, "trio dagsorden");
        await SayAsync(3, "trio dagsorden");
        await _bot.Service<TrioAgendaSender>().SendAsync(_team, default);

        var audit = await _bot.Service<TrivselsBot.Summaries.SummaryAudit>().LatestAsync(TeamsActivities.TenantId, 1000, default);
        var shown = Assert.Single(audit, e => e.Who == Tr);
        Assert.Equal((AuditWhat.TrioAgenda, _team.ConversationId, AuditOutcome.Shown, "Mette", "Bostedet Engly"),
            (shown.KnownWhat, shown.Team, shown.KnownOutcome, shown.WhoName, shown.TeamName));
        var refused = Assert.Single(audit, e => e.Who == Staff);
        Assert.Equal((AuditWhat.TrioAgenda, AuditOutcome.RefusedNotInTrio), (refused.KnownWhat, refused.KnownOutcome));
        var sent = Assert.Single(audit, e => e.Team == _team.ConversationId && e.Who == "TrivselsBot");
        Assert.Equal((AuditWhat.TrioAgendaSent, AuditOutcome.SentToTrioMembers(3), "Bostedet Engly"), (sent.KnownWhat, sent.KnownOutcome, sent.TeamName));
    }

    [Fact]
    public async Task The_minutes_show_the_trios_work_so_asking_for_them_refused_or_shown_is_audited_with_names()
    {
        await SetUpTrioAsync();

        await SayAsync(2, "trio referat");
        await SayAsync(3, "trio minutes");

        var audit = await _bot.Service<SummaryAudit>().LatestAsync(TeamsActivities.TenantId, 1000, default);
        var shown = Assert.Single(audit, e => e.Who == Amr);
        Assert.Equal((AuditWhat.TrioMinutes, _team.ConversationId, AuditOutcome.Shown, "Mette", "Bostedet Engly"),
            (shown.KnownWhat, shown.Team, shown.KnownOutcome, shown.WhoName, shown.TeamName));
        var refused = Assert.Single(audit, e => e.Who == Staff);
        Assert.Equal((AuditWhat.TrioMinutes, AuditOutcome.RefusedNotInTrio, "a:personal-3", "Mette"), (refused.KnownWhat, refused.KnownOutcome, refused.Team, refused.WhoName));
    }

    [Fact]
    public async Task Sharing_the_minutes_with_the_team_is_audited_as_failed_shared_and_already_shared_with_names()
    {
        await SetUpTrioAsync();
        await SayAsync(1, "trio punkt Vikardækning i julen");
        _connector.Calls.Clear();
        await _bot.Service<TrioAgendaSender>().SendAsync(_team, default);
        var create = SubmitData(_connector.ActivitiesSent()[0].Card!, TrioCardData.CreateAction);
        create[TrioCardData.ActionText] = "Spørg vikarbureauet";
        create[TrioCardData.ActionOwner] = Tr;
        create[TrioCardData.ActionDue] = "2026-12-03";
        await SubmitAsync(0, create);
        await SayAsync(0, "trio referat");
        var share = SubmitData(_connector.ActivitiesSent()[^1].Card!, TrioCardData.ShareMinutes);

        _connector.FailNextSendTo(_team.ConversationId, 403);
        await SubmitAsync(0, share);
        await SubmitAsync(0, share);
        await SubmitAsync(0, share);

        var shares = (await _bot.Service<SummaryAudit>().LatestAsync(TeamsActivities.TenantId, 1000, default))
            .Where(e => e.KnownWhat == AuditWhat.TrioMinutesShared && e.Team == _team.ConversationId).ToList();
        Assert.Equal([AuditOutcome.AlreadyShared, AuditOutcome.Shared, AuditOutcome.ShareFailed(403)], shares.Select(e => e.KnownOutcome));
        Assert.All(shares, e => Assert.Equal((Leader, "Medarbejder 0", "Bostedet Engly"), (e.Who, e.WhoName, e.TeamName)));
    }

    [Fact]
    public async Task A_trio_member_who_left_the_team_sees_nothing_of_the_trio_and_gets_no_agenda()
    {
        await SetUpTrioAsync();
        var (trId, trAad) = (Id(1), Tr);
        _connector.Members.RemoveAt(1);

        await PostAsync(TeamsActivities.Message(_connector.ServiceUrl, "trio dagsorden", "a:personal-tr", userId: trId, aadObjectId: trAad));
        Assert.Contains("kun for TRIO'en", LastText(), StringComparison.Ordinal);
        Assert.Null(_connector.ActivitiesSent()[^1].Card);

        _connector.Calls.Clear();
        await _bot.Service<TrioAgendaSender>().SendAsync(_team, default);
        Assert.Equal(2, _connector.ActivitiesSent().Count(a => a.CardText.Contains("TRIO-møde", StringComparison.Ordinal)));
        Assert.DoesNotContain(_connector.Calls, c => c.Body?.ToJsonString().Contains(trId, StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task A_member_of_two_trios_picks_which_one_a_point_is_for_and_the_card_stores_it_once()
    {
        await SetUpTrioAsync();
        var other = new TeamRef(TeamsActivities.TenantId, $"19:{Guid.NewGuid():N}@thread.v2");
        await _bot.Service<TeamSetupStore>().SaveAsync(new TeamSetup { Team = other, ServiceUrl = _connector.ServiceUrl, BotId = TeamsActivities.BotId, Name = "Team Nord", Leaders = [] }, default);
        var trio = await _bot.Service<TrioStore>().GetSetupAsync(_team, default);
        await _bot.Service<TrioStore>().SaveSetupAsync(trio! with { Team = other }, default);

        await SayAsync(1, "trio punkt Vikardækning i julen");
        var card = _connector.ActivitiesSent()[^1].Card!;
        Assert.Contains("Team Nord", card.ToJsonString(), StringComparison.Ordinal);
        var add = SubmitData(card, TrioPointCard.Action);
        add["team"] = other.Key;
        add[TrioPointCard.PointText] = "Vikardækning i julen";
        await SubmitAsync(1, add);
        Assert.Contains("sat på dagsordenen", LastText(), StringComparison.Ordinal);
        await SubmitAsync(1, add);
        Assert.Contains("allerede gemt", LastText(), StringComparison.Ordinal);

        Assert.Single(await _bot.Service<TrioStore>().ItemsAsync(other, default));
        Assert.Empty(await _bot.Service<TrioStore>().ItemsAsync(_team, default));
    }

    [Fact]
    public async Task In_a_very_big_team_actions_are_owned_within_the_trio_so_the_agenda_card_stays_within_teams_size_limit()
    {
        await SetUpTrioAsync();
        _connector.AddMembers(TrioAgendas.MostRosterOwners, prefix: "big-" + Guid.NewGuid().ToString("N")[..6]);

        await SayAsync(0, "trio dagsorden");

        var card = _connector.ActivitiesSent()[^1].Card!;
        var owners = Descendants(card).Single(n => n["id"]?.GetValue<string>() == TrioCardData.ActionOwner)["choices"]!.AsArray();
        Assert.Equal(new[] { Leader, Tr, Amr }.Order(StringComparer.Ordinal), owners.Select(c => c!["value"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        Assert.True(card.ToJsonString().Length * 2 < 80_000, "Teams asks for messages within 80 KB counted in UTF-16");
    }

    private static IEnumerable<JsonObject> Descendants(JsonNode? node) => node switch
    {
        JsonObject o => [o, .. o.SelectMany(p => Descendants(p.Value))],
        JsonArray a => a.SelectMany(Descendants),
        _ => [],
    };

    [Fact]
    public async Task A_trio_member_sees_the_teams_summary_like_its_leader()
    {
        await SetUpTrioAsync();

        await SayAsync(2, "resumé");
        Assert.NotNull(_connector.ActivitiesSent()[^1].Card);
        await SayAsync(3, "resumé");
        Assert.Contains("kun for teamets leder", LastText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Saving_the_setup_again_to_record_an_apv_date_keeps_the_meeting_cadence_and_a_new_weekday_restarts_it()
    {
        await SetUpTrioAsync();
        await using var later = await BotUnderTest.StartAsync(azurite.ConnectionString, _tables, time: new ShiftedClock(Wednesday.AddDays(8)));
        var withApv = SetupValues("personal");
        withApv["last-apv"] = "2025-03-01";

        await later.PostActivityAsync(TeamsActivities.Submit(_connector.ServiceUrl, withApv, "act-card", _team.ConversationId, Id(0), Aad(0), "groupChat"));

        var resaved = (await later.Service<TrioStore>().GetSetupAsync(_team, default))!;
        Assert.Equal(new DateOnly(2025, 3, 1), resaved.LastDone["apv"]);
        Assert.Equal(new DateOnly(2026, 12, 8), resaved.FirstMeeting);
        Assert.Equal(new DateOnly(2026, 12, 22), later.Service<TrioAgendas>().NextMeeting(resaved));

        var thursdays = SetupValues("personal");
        thursdays["day"] = "4";
        await later.PostActivityAsync(TeamsActivities.Submit(_connector.ServiceUrl, thursdays, "act-card", _team.ConversationId, Id(0), Aad(0), "groupChat"));

        Assert.Equal(new DateOnly(2026, 12, 17), (await later.Service<TrioStore>().GetSetupAsync(_team, default))!.FirstMeeting);
    }

    [Fact]
    public async Task When_the_agenda_cannot_be_scheduled_the_trio_is_not_saved_and_the_leader_is_told_to_try_again()
    {
        await (await _bot.Service<ISchedulerFactory>().GetScheduler()).Shutdown();

        await SayInTeamAsync(0, "trio opsæt");
        await SubmitInTeamAsync(0, SetupValues("personal"));

        Assert.Equal("TRIO'en er ikke gemt: jeg kunne ikke planlægge dagsordenen lige nu. Tryk **Gem** igen om lidt.", LastText());
        Assert.Null(await _bot.Service<TrioStore>().GetSetupAsync(_team, default));
    }

    private async Task SetUpTrioAsync()
    {
        await SayInTeamAsync(0, "trio opsæt");
        Assert.Contains("Opsæt TRIO'en", _connector.ActivitiesSent()[^1].CardText, StringComparison.Ordinal);
        await SubmitInTeamAsync(0, SetupValues("personal"));
        var saved = await _bot.Service<TrioStore>().GetSetupAsync(_team, default);
        Assert.NotNull(saved);
        Assert.Equal(new DateOnly(2026, 12, 8), saved.FirstMeeting);
        // Tuesday 8 December, two working days before: Friday 4 December at 08:00 Copenhagen time.
        Assert.Equal(new DateTimeOffset(2026, 12, 4, 8, 0, 0, TimeSpan.FromHours(1)), await _bot.Service<TrioSchedules>().NextAgendaAsync(_team, default));
    }

    private JsonObject SetupValues(string destination) => new()
    {
        ["action"] = TrioSetupCard.Action, ["leder"] = Leader, ["tr"] = Tr, ["amr"] = Amr,
        ["day"] = "2", ["interval"] = "2", ["time"] = "10:00", ["agendaDays"] = "2", ["destination"] = destination,
    };

    private Task SayAsync(int member, string text) =>
        PostAsync(TeamsActivities.Message(_connector.ServiceUrl, text, "a:personal-" + member, userId: Id(member), aadObjectId: Aad(member)));

    private Task SayInTeamAsync(int member, string text) =>
        PostAsync(TeamsActivities.Message(_connector.ServiceUrl, "<at>TrivselsBot</at> " + text, _team.ConversationId,
            userId: Id(member), conversationType: "groupChat", aadObjectId: Aad(member)));

    private Task SubmitAsync(int member, JsonObject value) =>
        PostAsync(TeamsActivities.Submit(_connector.ServiceUrl, (JsonObject)value.DeepClone(), "act-card", "a:personal-" + member, Id(member), Aad(member)));

    private Task SubmitInTeamAsync(int member, JsonObject value) =>
        PostAsync(TeamsActivities.Submit(_connector.ServiceUrl, value, "act-card", _team.ConversationId, Id(member), Aad(member), "groupChat"));

    /// <summary>Posts as Teams would; the bot always answers 200, whatever it thinks of the input.</summary>
    private async Task PostAsync(JsonObject activity)
    {
        using var response = await _bot.PostActivityAsync(activity);
        response.EnsureSuccessStatusCode();
    }

    private string LastText() => _connector.ActivitiesSent().LastOrDefault(c => c.Text is not null)?.Text ?? "";

    /// <summary>The data of the card's submit button for <paramref name="action"/> (and item), as Teams would send it back.</summary>
    private static JsonObject SubmitData(JsonNode card, string action, string? item = null) =>
        (JsonObject)Buttons(card).First(d => d["action"]?.GetValue<string>() == action && (item is null || d["item"]?.GetValue<string>() == item)).DeepClone();

    private static IEnumerable<JsonObject> Buttons(JsonNode? node) => node switch
    {
        JsonObject o when o["type"]?.GetValue<string>() == "Action.Submit" => [(JsonObject)o["data"]!],
        JsonObject o => o.SelectMany(p => Buttons(p.Value)),
        JsonArray a => a.SelectMany(Buttons),
        _ => [],
    };

    private string Id(int i) => _connector.Members[i]["id"]!.GetValue<string>();
    private string Aad(int i) => _connector.Members[i]["aadObjectId"]!.GetValue<string>();
}
