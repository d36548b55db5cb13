using System.Net;
using System.Text.Json.Nodes;
using TrivselsBot.CheckIns;
using TrivselsBot.CheckIns.Delivery;
using TrivselsBot.Privacy;
using TrivselsBot.Setup;
using TrivselsBot.Testing;

namespace TrivselsBot.EndToEnd.Tests;

/// <summary>The weekly pulse in the real Agents Playground: setup in the group chat, a pulse fired now, an answer.</summary>
public sealed class PlaygroundPulseTests() : PlaygroundTestBase(TuesdayClock)
{
    /// <summary>A Tuesday morning, so the reminder (never at weekends) is due whatever day the tests run.</summary>
    private static readonly ShiftedClock TuesdayClock = new(new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.FromHours(1)));

    [Fact]
    public async Task A_team_is_set_up_in_the_group_chat_the_pulse_arrives_is_answered_once_and_the_reminder_skips_the_respondent()
    {
        await SetUpGroupChatAsync(k: "3");

        var fire = await Bot.Http.PostAsync($"local/pulse-now?tenant={Uri.EscapeDataString(Playground.TenantId)}&conversation={Uri.EscapeDataString(Playground.GroupChatId)}", null);
        Assert.Equal(HttpStatusCode.Accepted, fire.StatusCode);
        var pulse = await Playground.WaitForAsync(m => Text(m).Contains("Ugens trivselstjek", StringComparison.Ordinal));
        var card = pulse["message"]!["attachments"]![0]!["content"]!.AsObject();
        var answer = new JsonObject { ["action"] = "pulse.answer", ["ticket"] = card["actions"]![0]!["data"]!["ticket"]!.GetValue<string>() };
        foreach (var input in card["body"]!.AsArray().Select(e => e!["id"]?.GetValue<string>()).OfType<string>().Where(id => id.StartsWith("q_", StringComparison.Ordinal)))
        {
            answer[input] = "4";
        }

        var team = new TeamRef(Playground.TenantId, Playground.GroupChatId);
        var period = PulsePeriod.Containing(TuesdayClock.GetUtcNow());
        await WaitForDeliveryAsync(team, period, DeliveryKind.Pulse);

        var chat = pulse["actionConversationId"]!.GetValue<string>();
        (await Playground.SubmitAsync(chat, MessageId(pulse), Playground.CurrentUserId, (JsonObject)answer.DeepClone())).EnsureSuccessStatusCode();
        await Playground.WaitForAsync(m => m["action"]!.GetValue<string>() == "updateMessage" && Text(m).Contains("Tak for dine svar", StringComparison.Ordinal));
        (await Playground.SubmitAsync(chat, MessageId(pulse), Playground.CurrentUserId, (JsonObject)answer.DeepClone())).EnsureSuccessStatusCode();
        await Playground.WaitForAsync(m => m["action"]!.GetValue<string>() == "updateMessage" && Text(m).Contains("allerede modtaget", StringComparison.Ordinal));

        Assert.Single(await Bot.Service<AnswerStore>().RespondentsAsync(team, period, default));

        var shownBefore = Playground.Shown.Count;
        await Bot.Service<IReminderRunner>().RunAsync(team, period, default);
        var reminded = await Bot.Service<PulseDelivery>().SentToAsync(team, period, DeliveryKind.Reminder, default);
        var pulsed = await Bot.Service<PulseDelivery>().SentToAsync(team, period, DeliveryKind.Pulse, default);
        var myPseudonym = Bot.Service<MemberPseudonym>().For(CurrentUserAad);
        Assert.DoesNotContain(myPseudonym, reminded);
        Assert.Equal(pulsed.Count - 1, reminded.Count);
        await Task.Delay(500);
        Assert.DoesNotContain(Playground.Shown.Skip(shownBefore), m => Text(m).Contains("ikke svaret endnu", StringComparison.Ordinal));
    }
}
