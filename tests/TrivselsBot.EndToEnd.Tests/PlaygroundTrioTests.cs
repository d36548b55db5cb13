using System.Net;
using System.Text.Json.Nodes;
using TrivselsBot.CheckIns;
using TrivselsBot.CheckIns.Delivery;
using TrivselsBot.Privacy;
using TrivselsBot.Setup;
using TrivselsBot.Testing;
using TrivselsBot.Trio;

namespace TrivselsBot.EndToEnd.Tests;

/// <summary>
/// The TRIO in the real Agents Playground on Wednesday 2 December 2026: the leader sets it up in the group chat with two
/// other users as TR and AMR, the agenda is fired now and reaches those three only, an action is created from the card,
/// its reminder fires, and the minutes are produced and shared with the group chat.
/// </summary>
public sealed class PlaygroundTrioTests() : PlaygroundTestBase(new ShiftedClock(new DateTimeOffset(2026, 12, 2, 10, 0, 0, TimeSpan.FromHours(1))))
{
    [Fact]
    public async Task The_agenda_reaches_the_trio_only_an_action_is_reminded_and_the_minutes_are_shared()
    {
        var team = await SetUpGroupChatAsync(k: "3");
        var users = Playground.TestConfig["config"]!["users"]!.AsArray();
        string UserAad(int i) => users[i]!["aadObjectId"]!.GetValue<string>();

        await Playground.SayInGroupChatAsync("trio opsæt");
        var setupCard = await Playground.WaitForAsync(m => Text(m).Contains("Opsæt TRIO", StringComparison.Ordinal));
        (await Playground.SubmitAsync(Playground.GroupChatId, MessageId(setupCard), Playground.CurrentUserId, new JsonObject
        {
            ["action"] = TrioSetupCard.Action, ["leder"] = CurrentUserAad, ["tr"] = UserAad(0), ["amr"] = UserAad(1),
            ["day"] = "2", ["interval"] = "2", ["time"] = "10:00", ["agendaDays"] = "2", ["destination"] = "personal",
        })).EnsureSuccessStatusCode();
        await Playground.WaitForAsync(m => m["action"]!.GetValue<string>() == "updateMessage" && Text(m).Contains("Næste møde", StringComparison.Ordinal));

        var fire = await Bot.Http.PostAsync($"local/trio-agenda-now?tenant={Uri.EscapeDataString(team.TenantId)}&conversation={Uri.EscapeDataString(team.ConversationId)}", null);
        Assert.Equal(HttpStatusCode.Accepted, fire.StatusCode);
        var agenda = await Playground.WaitForAsync(m => Text(m).Contains("TRIO-møde for", StringComparison.Ordinal), TimeSpan.FromSeconds(40));
        Assert.Contains("Hvordan er balancen lige nu og her?", Text(agenda), StringComparison.Ordinal);
        var meetingWeek = PulsePeriod.Containing(new DateTimeOffset(2026, 12, 8, 10, 0, 0, TimeSpan.FromHours(1)));
        var sentTo = await WaitForSendsAsync(team, meetingWeek, 3);
        var pseudonyms = Bot.Service<MemberPseudonym>();
        Assert.Equal(new[] { CurrentUserAad, UserAad(0), UserAad(1) }.Select(pseudonyms.For).Order(), sentTo.Order());

        var chat = agenda["actionConversationId"]!.GetValue<string>();
        var create = Submit(agenda, TrioCardData.CreateAction);
        create[TrioCardData.ActionText] = "Ny plan for weekendvagter";
        create[TrioCardData.ActionOwner] = CurrentUserAad;
        create[TrioCardData.ActionDue] = "2026-12-03";
        (await Playground.SubmitAsync(chat, MessageId(agenda), Playground.CurrentUserId, create)).EnsureSuccessStatusCode();
        await Playground.WaitForAsync(m => Text(m).Contains("Handlingen er oprettet", StringComparison.Ordinal));

        (await Bot.Http.PostAsync("local/trio-reminders-now", null)).EnsureSuccessStatusCode();
        var reminder = await Playground.WaitForAsync(m => Text(m).Contains("Påmindelse fra TRIO", StringComparison.Ordinal), TimeSpan.FromSeconds(40));
        Assert.Contains("Ny plan for weekendvagter", Text(reminder), StringComparison.Ordinal);

        await Playground.SayAsync("trio referat");
        var minutes = await Playground.WaitForAsync(m => Text(m).Contains("Referat af TRIO-mødet", StringComparison.Ordinal));
        Assert.Contains("Ny plan for weekendvagter", Text(minutes), StringComparison.Ordinal);
        (await Playground.SubmitAsync(Playground.PersonalChatId, MessageId(minutes), Playground.CurrentUserId, Submit(minutes, TrioCardData.ShareMinutes)))
            .EnsureSuccessStatusCode();
        var shared = await Playground.WaitForAsync(m => Text(m).Contains("Nyt fra TRIO", StringComparison.Ordinal));
        Assert.Contains("Ny plan for weekendvagter", Text(shared), StringComparison.Ordinal);
        Assert.DoesNotContain(Playground.TestConfig["config"]!["currentUser"]!["name"]!.GetValue<string>(), Text(shared), StringComparison.Ordinal);
    }

    /// <summary>Sends to members other than the current user do not show in the UI: read who was sent the agenda.</summary>
    private async Task<IReadOnlySet<string>> WaitForSendsAsync(TeamRef team, PulsePeriod week, int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var sent = await Bot.Service<PulseDelivery>().SentToAsync(team, week, DeliveryKind.TrioAgenda, default);
            if (sent.Count >= count || DateTime.UtcNow > deadline) return sent;
            await Task.Delay(200);
        }
    }

    private static JsonObject Submit(JsonObject shown, string action) =>
        (JsonObject)Buttons(shown["message"]!["attachments"]![0]!["content"]).First(d => d["action"]?.GetValue<string>() == action).DeepClone();

    private static IEnumerable<JsonObject> Buttons(JsonNode? node) => node switch
    {
        JsonObject o when o["type"]?.GetValue<string>() == "Action.Submit" => [(JsonObject)o["data"]!],
        JsonObject o => o.SelectMany(p => Buttons(p.Value)),
        JsonArray a => a.SelectMany(Buttons),
        _ => [],
    };
}
