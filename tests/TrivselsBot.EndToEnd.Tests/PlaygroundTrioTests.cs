using System.Globalization;
using System.Text.Json.Nodes;
using TrivselsBot.CheckIns;
using TrivselsBot.CheckIns.Delivery;
using TrivselsBot.Privacy;
using TrivselsBot.Scheduling;
using TrivselsBot.Setup;
using TrivselsBot.Testing;
using TrivselsBot.Trio;

namespace TrivselsBot.EndToEnd.Tests;

/// <summary>
/// The TRIO in the real Agents Playground, on a clock that starts at 07:59 on Monday 7 December 2026: the leader sets it
/// up in the group chat with two other users as TR and AMR, meeting on Wednesdays with the agenda two working days
/// before. Quartz sends the agenda at 08:00 that Monday to those three only, an action is created from the card, the
/// daily reminder run at 08:01 reminds its owner, and the minutes are produced and shared with the group chat.
/// </summary>
public sealed class PlaygroundTrioTests() : PlaygroundTestBase(new ShiftedClock(AgendaDue.AddMinutes(-1)), new Dictionary<string, string?>
{
    ["Trio:AgendaTime"] = AgendaTime.ToString("HH:mm", CultureInfo.InvariantCulture),
    ["Trio:ReminderTime"] = ReminderTime.ToString("HH:mm", CultureInfo.InvariantCulture),
})
{
    private static readonly TimeOnly AgendaTime = new(8, 0);
    private static readonly TimeOnly ReminderTime = new(8, 1);

    /// <summary>The next Wednesday after Monday 7 December; two working days before it is that Monday.</summary>
    private static readonly DateOnly Meeting = new(2026, 12, 9);
    private static readonly DateTimeOffset AgendaDue = Copenhagen.Instant(new DateOnly(2026, 12, 7).ToDateTime(AgendaTime));
    private static readonly DateTimeOffset ReminderDue = Copenhagen.Instant(new DateOnly(2026, 12, 7).ToDateTime(ReminderTime));

    [Fact]
    public async Task Quartz_sends_the_agenda_on_time_to_the_trio_only_an_action_is_reminded_on_schedule_and_the_minutes_are_shared()
    {
        var clock = Bot.Service<TimeProvider>(); // a minute before the agenda is due when the test began
        var firings = await QuartzFirings.WatchAsync(Bot.Services);
        var team = await SetUpGroupChatAsync(k: "3");
        var users = Playground.TestConfig["config"]!["users"]!.AsArray();
        string UserAad(int i) => users[i]!["aadObjectId"]!.GetValue<string>();

        await Playground.SayInGroupChatAsync("trio opsæt");
        var setupCard = await Playground.WaitForAsync(m => Text(m).Contains("Opsæt TRIO", StringComparison.Ordinal));
        (await Playground.SubmitAsync(Playground.GroupChatId, MessageId(setupCard), Playground.CurrentUserId, new JsonObject
        {
            ["action"] = TrioSetupCard.Action, ["leder"] = CurrentUserAad, ["tr"] = UserAad(0), ["amr"] = UserAad(1),
            ["day"] = ((int)Meeting.DayOfWeek).ToString(CultureInfo.InvariantCulture), ["interval"] = "2", ["time"] = "10:00",
            ["agendaDays"] = "2", ["destination"] = "personal",
        })).EnsureSuccessStatusCode();
        await Playground.WaitForAsync(m => m["action"]!.GetValue<string>() == "updateMessage" && Text(m).Contains("Næste møde", StringComparison.Ordinal));
        Assert.Equal(AgendaDue, await Bot.Service<TrioSchedules>().NextAgendaAsync(team, default));
        Assert.True(clock.GetUtcNow() < AgendaDue, $"The setup took until {clock.GetUtcNow():T}: the agenda was due before the TRIO existed");
        Assert.DoesNotContain(Playground.Shown, m => Text(m).Contains("TRIO-møde for", StringComparison.Ordinal));

        var agenda = await Playground.WaitForAsync(m => Text(m).Contains("TRIO-møde for", StringComparison.Ordinal), TimeSpan.FromSeconds(90));
        Assert.True(clock.GetUtcNow() >= AgendaDue, $"The agenda came before its time, at {clock.GetUtcNow():O}. Quartz ran: {firings}");
        var agendaRun = Assert.Single(firings.Runs, r => r.Job.Name == "trio-agenda");
        Assert.Equal(AgendaDue, agendaRun.Due);
        Assert.True(agendaRun.ClockAtStart >= AgendaDue, $"Quartz ran the agenda early: {agendaRun}");
        Assert.Contains("Hvordan er balancen lige nu og her?", Text(agenda), StringComparison.Ordinal);
        var sentTo = await WaitForSendsAsync(team, PulsePeriod.Containing(Copenhagen.Instant(Meeting.ToDateTime(new TimeOnly(10, 0)))), 3);
        var pseudonyms = Bot.Service<MemberPseudonym>();
        Assert.Equal(new[] { CurrentUserAad, UserAad(0), UserAad(1) }.Select(pseudonyms.For).Order(), sentTo.Order());
        Assert.DoesNotContain(pseudonyms.For(UserAad(2)), sentTo); // in the group chat, not in the TRIO
        Assert.All(Playground.Shown.Where(m => Text(m).Contains("TRIO-møde for", StringComparison.Ordinal)),
            m => Assert.Equal(Playground.PersonalChatId, m["actionConversationId"]!.GetValue<string>()));

        var chat = agenda["actionConversationId"]!.GetValue<string>();
        var create = Submit(agenda, TrioCardData.CreateAction);
        create[TrioCardData.ActionText] = "Ny plan for weekendvagter";
        create[TrioCardData.ActionOwner] = CurrentUserAad;
        create[TrioCardData.ActionDue] = Meeting.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture); // due soon: reminded
        (await Playground.SubmitAsync(chat, MessageId(agenda), Playground.CurrentUserId, create)).EnsureSuccessStatusCode();
        await Playground.WaitForAsync(m => Text(m).Contains("Handlingen er oprettet", StringComparison.Ordinal));

        Assert.True(clock.GetUtcNow() < ReminderDue, $"The action was created at {clock.GetUtcNow():T}, after the reminder run");
        var reminder = await Playground.WaitForAsync(m => Text(m).Contains("Påmindelse fra TRIO", StringComparison.Ordinal), TimeSpan.FromSeconds(90));
        Assert.True(clock.GetUtcNow() >= ReminderDue, $"The reminder came before its time, at {clock.GetUtcNow():O}. Quartz ran: {firings}");
        var reminderRun = Assert.Single(firings.Runs, r => r.Job.Equals(TrioReminderSchedule.Job));
        Assert.Equal(ReminderDue, reminderRun.Due);
        Assert.True(reminderRun.ClockAtStart >= ReminderDue, $"Quartz ran the reminders early: {reminderRun}");
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
}
