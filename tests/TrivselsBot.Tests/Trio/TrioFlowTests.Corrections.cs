using System.Text.Json.Nodes;
using TrivselsBot.Summaries;
using TrivselsBot.Testing;
using TrivselsBot.Trio;

namespace TrivselsBot.Tests.Trio;

/// <summary>
/// Correcting the TRIO's items through the real bot: "Ret" on the agenda brings the item's own card (edit, "Fjern"),
/// "Genåbn" on the minutes opens a finished item again. Every one of them changes nothing for someone outside the TRIO,
/// on a stale card, or on bad input, and a second click stores nothing more.
/// </summary>
public sealed partial class TrioFlowTests
{
    [Fact]
    public async Task A_trio_member_edits_an_action_from_its_own_card_and_the_same_card_sent_again_stores_nothing_more()
    {
        var action = await CreateActionAsync("Ny plan for weekendvagter", owner: 1);
        var editor = await OpenEditorAsync(2, action.Id);
        Assert.Equal("Ny plan for weekendvagter", Input(editor, TrioCardData.ActionText)["value"]!.GetValue<string>());
        Assert.Equal(Tr, Input(editor, TrioCardData.ActionOwner)["value"]!.GetValue<string>());

        var edit = Form(editor, TrioCardData.Edit, "Ny plan for weekend- og helligdagsvagter", Amr, "2026-12-10");
        await SubmitAsync(2, edit);
        Assert.Contains("Rettet: Ny plan for weekend- og helligdagsvagter", LastText(), StringComparison.Ordinal);
        Assert.Contains("Ny plan for weekend- og helligdagsvagter", _connector.Calls.Last(c => c.Method == "PUT").CardText, StringComparison.Ordinal); // the fresh agenda
        await SubmitAsync(2, edit);
        Assert.Contains("allerede gemt", LastText(), StringComparison.Ordinal);

        var stored = await StoredAsync(action.Id);
        Assert.Equal(("Ny plan for weekend- og helligdagsvagter", Amr, "Medarbejder 2", new DateOnly(2026, 12, 10)),
            (stored.Text, stored.OwnerAadObjectId, stored.OwnerName, stored.Due!.Value));
        var audit = await _bot.Service<SummaryAudit>().LatestAsync(TeamsActivities.TenantId, 1000, default);
        Assert.Single(audit, e => e.KnownWhat == AuditWhat.TrioItem && e.KnownOutcome == AuditOutcome.Edited && e.Who == Amr && e.Team == _team.ConversationId);
        Assert.DoesNotContain(audit, e => e.Outcome.Contains("weekend", StringComparison.Ordinal) || e.Team.Contains("weekend", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_point_is_edited_by_its_text_alone()
    {
        await SetUpTrioAsync();
        await SayAsync(1, "trio punkt Tonen ved overlapp");
        var point = Assert.Single(await _bot.Service<TrioStore>().ItemsAsync(_team, default));
        var editor = await OpenEditorAsync(1, point.Id);
        Assert.Null(Descendants(editor).FirstOrDefault(n => n["id"]?.GetValue<string>() == TrioCardData.ActionOwner));

        var edit = SubmitData(editor, TrioCardData.Edit);
        edit[TrioCardData.ActionText] = "Tonen ved overlap";
        await SubmitAsync(1, edit);

        Assert.Contains("Rettet: Tonen ved overlap", LastText(), StringComparison.Ordinal);
        Assert.Equal("Tonen ved overlap", (await StoredAsync(point.Id)).Text);
    }

    [Fact]
    public async Task A_card_acted_on_after_someone_else_changed_the_item_is_refused_and_overwrites_nothing()
    {
        var action = await CreateActionAsync("Ny plan for weekendvagter", owner: 1);
        var leadersCard = await OpenEditorAsync(0, action.Id);
        var amrsCard = await OpenEditorAsync(2, action.Id);
        await SubmitAsync(0, Form(leadersCard, TrioCardData.Edit, "Lederens rettelse", Tr, "2026-12-10"));

        await SubmitAsync(2, Form(amrsCard, TrioCardData.Edit, "AMR'ens rettelse", Tr, "2026-12-10"));
        Assert.Contains("Punktet er ændret af en anden – hent dagsordenen igen", LastText(), StringComparison.Ordinal);
        await SubmitAsync(2, SubmitData(amrsCard, TrioCardData.Withdraw));
        Assert.Contains("Punktet er ændret af en anden", LastText(), StringComparison.Ordinal);

        var stored = await StoredAsync(action.Id);
        Assert.Equal("Lederens rettelse", stored.Text);
        Assert.False(stored.IsWithdrawn);
    }

    [Fact]
    public async Task A_reminder_noted_on_the_action_does_not_make_its_card_stale_and_a_new_owner_is_reminded_afresh()
    {
        var action = await CreateActionAsync("Ny plan for weekendvagter", owner: 1, due: "2026-12-03");
        var editor = await OpenEditorAsync(0, action.Id);
        Assert.Equal(1, await _bot.Service<TrioReminders>().RunAsync(default)); // due tomorrow: the TR is reminded, the item's ETag changes

        await SubmitAsync(0, Form(editor, TrioCardData.Edit, "Ny plan for weekendvagter", Amr, "2026-12-03"));

        Assert.Contains("Rettet", LastText(), StringComparison.Ordinal);
        _connector.Calls.Clear();
        Assert.Equal(1, await _bot.Service<TrioReminders>().RunAsync(default));
        Assert.Contains(Uri.EscapeDataString((await _bot.Service<TrivselsBot.CheckIns.Delivery.PersonalChats>().GetAsync(TeamsActivities.TenantId, Amr, default))!.ConversationId),
            Assert.Single(_connector.ActivitiesSent()).Path, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("   ", "TR", "2026-12-10", "tom")]
    [InlineData(null, "TR", "2026-12-10", "for lang")]
    [InlineData("Rettet tekst", "TR", "2026-12-01", "allerede passeret")]
    [InlineData("Rettet tekst", "TR", "", "Vælg en dato")]
    [InlineData("Rettet tekst", "aad-stranger", "2026-12-10", "Vælg en ansvarlig")]
    public async Task A_bad_edit_is_refused_with_the_creation_rules_and_nothing_is_stored(string? text, string owner, string due, string message)
    {
        var action = await CreateActionAsync("Ny plan for weekendvagter", owner: 1);
        var editor = await OpenEditorAsync(0, action.Id);

        await SubmitAsync(0, Form(editor, TrioCardData.Edit, text ?? new string('a', TrioItem.MaxTextLength + 1), owner == "TR" ? Tr : owner, due));

        Assert.Contains(message, LastText(), StringComparison.Ordinal);
        Assert.Equal(action.Version, (await StoredAsync(action.Id)).Version);
        Assert.DoesNotContain(await _bot.Service<SummaryAudit>().LatestAsync(TeamsActivities.TenantId, 1000, default),
            e => e.KnownWhat == AuditWhat.TrioItem && e.Team == _team.ConversationId);
    }

    [Fact]
    public async Task An_overdue_action_keeps_its_date_and_a_departed_owner_when_only_the_text_is_fixed()
    {
        await SetUpTrioAsync();
        // Reminded this week already, so later tests' reminder runs leave it be.
        var overdue = TrioSamples.Action("Ny vagtplan for weekendr", new DateOnly(2026, 11, 27), "a-overdue")
            with { OwnerAadObjectId = "aad-left-the-team", OwnerName = "Jonas", RemindedOverdueWeek = TrivselsBot.CheckIns.PulsePeriod.Containing(Wednesday).ToString() };
        await _bot.Service<TrioStore>().TryAddItemAsync(_team, overdue, default);
        var editor = await OpenEditorAsync(0, overdue.Id);

        await SubmitAsync(0, Form(editor, TrioCardData.Edit, "Ny vagtplan for weekender", "aad-left-the-team", "2026-11-27"));

        Assert.Contains("Rettet", LastText(), StringComparison.Ordinal);
        var stored = await StoredAsync(overdue.Id);
        Assert.Equal(("Ny vagtplan for weekender", "aad-left-the-team", new DateOnly(2026, 11, 27)), (stored.Text, stored.OwnerAadObjectId, stored.Due!.Value));
    }

    [Fact]
    public async Task Someone_outside_the_trio_or_a_member_who_left_the_team_changes_nothing()
    {
        var action = await CreateActionAsync("Ny plan for weekendvagter", owner: 1);
        var editor = await OpenEditorAsync(1, action.Id);
        var edit = Form(editor, TrioCardData.Edit, "Noget andet", Tr, "2026-12-10");

        foreach (var name in new[] { TrioCardData.OpenEditor, TrioCardData.Edit, TrioCardData.Withdraw })
        {
            await SubmitAsync(3, name == TrioCardData.Edit ? edit : name == TrioCardData.Withdraw ? SubmitData(editor, name) : WithAction(edit, name));
            Assert.Contains("kun for TRIO'en", LastText(), StringComparison.Ordinal);
        }
        var (trId, trAad) = (Id(1), Tr);
        _connector.Members.RemoveAt(1); // the TR leaves the team
        await PostAsync(TeamsActivities.Submit(_connector.ServiceUrl, SubmitData(editor, TrioCardData.Withdraw), "act-card", "a:personal-tr", trId, trAad));

        Assert.Contains("kun for TRIO'en", LastText(), StringComparison.Ordinal);
        Assert.Equal(action.Version, (await StoredAsync(action.Id)).Version);
    }

    [Fact]
    public async Task A_withdrawn_action_leaves_the_agenda_the_reminders_the_minutes_and_med_but_stays_stored_with_who_and_when()
    {
        var action = await CreateActionAsync("Oprettet ved en fejl", owner: 1, due: "2026-12-03");
        var agenda = _connector.ActivitiesSent()[^1].Card!;
        await SubmitAsync(2, SubmitData(agenda, TrioCardData.SendToMed, action.Id));
        Assert.Contains(await _bot.Service<TrioStore>().MedItemsAsync(TeamsActivities.TenantId, default), m => m.Item.Id == action.Id);
        var editor = await OpenEditorAsync(2, action.Id);

        await SubmitAsync(2, SubmitData(editor, TrioCardData.Withdraw));
        Assert.Contains("Fjernet fra dagsordenen: Oprettet ved en fejl", LastText(), StringComparison.Ordinal);
        await SubmitAsync(2, SubmitData(editor, TrioCardData.Withdraw));
        Assert.Contains("er fjernet fra dagsordenen", LastText(), StringComparison.Ordinal);
        await SubmitAsync(0, SubmitData(agenda, TrioCardData.MarkDone, action.Id)); // the old agenda card
        Assert.Contains("er fjernet fra dagsordenen", LastText(), StringComparison.Ordinal);

        await SayAsync(0, "trio dagsorden");
        Assert.DoesNotContain("Oprettet ved en fejl", _connector.ActivitiesSent()[^1].CardText, StringComparison.Ordinal);
        await SayAsync(0, "trio referat");
        Assert.DoesNotContain("Oprettet ved en fejl", _connector.ActivitiesSent()[^1].CardText, StringComparison.Ordinal);
        Assert.Equal(0, await _bot.Service<TrioReminders>().RunAsync(default)); // due tomorrow, but withdrawn
        Assert.DoesNotContain(await _bot.Service<TrioStore>().MedItemsAsync(TeamsActivities.TenantId, default), m => m.Item.Id == action.Id);
        Assert.Empty(await _bot.Service<TrioStore>().ItemsAsync(_team, default));

        var kept = Assert.Single(await _bot.Service<TrioStore>().ItemsIncludingWithdrawnAsync(_team, default));
        Assert.Equal(Amr, kept.WithdrawnByAadObjectId);
        Assert.Equal([TrioRole.AMR], kept.WithdrawnByRoles);
        Assert.InRange(kept.WithdrawnAt!.Value, Wednesday, Wednesday.AddMinutes(5)); // the bot's clock, which runs on from Wednesday 10:00
        Assert.Single(await _bot.Service<SummaryAudit>().LatestAsync(TeamsActivities.TenantId, 1000, default),
            e => e.KnownOutcome == AuditOutcome.Withdrawn && e.Who == Amr && e.Team == _team.ConversationId);
    }

    [Fact]
    public async Task A_finished_item_is_reopened_from_the_minutes_and_is_back_on_the_agenda_and_editable_there()
    {
        var action = await CreateActionAsync("Ny plan for weekendvagter", owner: 1);
        await SubmitAsync(0, SubmitData(_connector.ActivitiesSent()[^1].Card!, TrioCardData.MarkDone, action.Id));
        await OpenEditorAsync(0, action.Id, expectCard: false);
        Assert.Contains("Genåbn det fra referatet", LastText(), StringComparison.Ordinal);
        await SayAsync(0, "trio referat");
        var reopen = SubmitData(_connector.ActivitiesSent()[^1].Card!, TrioCardData.Reopen, action.Id);

        await SubmitAsync(1, reopen);
        Assert.Contains("Genåbnet", LastText(), StringComparison.Ordinal);
        var refreshed = Buttons(_connector.Calls.Last(c => c.Method == "PUT").Card).ToList();
        Assert.DoesNotContain(refreshed, b => b["action"]?.GetValue<string>() == TrioCardData.Reopen);
        Assert.Contains(refreshed, b => b["action"]?.GetValue<string>() == TrioCardData.OpenEditor && b[TrioCardData.ItemId]?.GetValue<string>() == action.Id); // open again: "Ret" in the minutes
        await SubmitAsync(1, reopen);
        Assert.Contains("allerede åbent", LastText(), StringComparison.Ordinal);

        Assert.True((await StoredAsync(action.Id)).IsOpen);
        await SayAsync(0, "trio dagsorden");
        Assert.Contains("Ny plan for weekendvagter", _connector.ActivitiesSent()[^1].CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_agenda_with_an_edit_button_on_every_item_stays_within_teams_size_limit_in_a_very_big_team()
    {
        await SetUpTrioAsync();
        for (var i = 0; i < 30; i++)
        {
            await _bot.Service<TrioStore>().TryAddItemAsync(_team, TrioSamples.Action(new string('x', 200), new DateOnly(2026, 12, 10), $"a-{i}"), default);
        }
        _connector.AddMembers(TrioAgendas.MostRosterOwners, prefix: "big-" + Guid.NewGuid().ToString("N")[..6]);

        await SayAsync(0, "trio dagsorden");

        var card = _connector.ActivitiesSent()[^1].Card!;
        Assert.Equal(30, Buttons(card).Count(b => b["action"]?.GetValue<string>() == TrioCardData.OpenEditor));
        Assert.True(card.ToJsonString().Length * 2 < 80_000, "Teams asks for messages within 80 KB counted in UTF-16");
    }

    /// <summary>
    /// The TRIO is set up and the leader creates an action from the agenda, which is the last card sent. Due next week
    /// unless said: an action due soon is reminded by every later test's reminder run, through a connector long gone.
    /// </summary>
    private async Task<TrioItem> CreateActionAsync(string text, int owner, string due = "2026-12-10")
    {
        await SetUpTrioAsync();
        await SayAsync(0, "trio dagsorden");
        var create = SubmitData(_connector.ActivitiesSent()[^1].Card!, TrioCardData.CreateAction);
        create[TrioCardData.ActionText] = text;
        create[TrioCardData.ActionOwner] = Aad(owner);
        create[TrioCardData.ActionDue] = due;
        await SubmitAsync(0, create);
        await SayAsync(0, "trio dagsorden");
        return Assert.Single(await _bot.Service<TrioStore>().ItemsAsync(_team, default));
    }

    /// <summary>Clicks "Ret" on a fresh agenda and returns the edit card the bot answers with.</summary>
    private async Task<JsonNode> OpenEditorAsync(int member, string item, bool expectCard = true)
    {
        var open = new JsonObject
        {
            ["action"] = TrioCardData.OpenEditor, ["team"] = _team.Key, ["meeting"] = "2026-12-08", [TrioCardData.ItemId] = item,
        };
        _connector.Calls.Clear();
        await SubmitAsync(member, open);
        var reply = _connector.ActivitiesSent()[^1];
        if (expectCard) Assert.Contains(Buttons(reply.Card), b => b["action"]?.GetValue<string>() == TrioCardData.Edit);
        return reply.Card!;
    }

    private static JsonObject Form(JsonNode editor, string action, string text, string owner, string due)
    {
        var data = SubmitData(editor, action);
        data[TrioCardData.ActionText] = text;
        data[TrioCardData.ActionOwner] = owner;
        data[TrioCardData.ActionDue] = due;
        return data;
    }

    private static JsonObject WithAction(JsonObject data, string action)
    {
        var copy = (JsonObject)data.DeepClone();
        copy["action"] = action;
        return copy;
    }

    private static JsonObject Input(JsonNode card, string id) => Descendants(card).Single(n => n["id"]?.GetValue<string>() == id);

    private async Task<TrioItem> StoredAsync(string id) => (await _bot.Service<TrioStore>().GetItemAsync(_team, id, default))!;
}
