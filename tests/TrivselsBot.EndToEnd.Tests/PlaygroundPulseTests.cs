using System.Net;
using System.Text.Json.Nodes;
using TrivselsBot.CheckIns;
using TrivselsBot.CheckIns.Delivery;
using TrivselsBot.Privacy;
using TrivselsBot.Setup;
using TrivselsBot.Testing;

namespace TrivselsBot.EndToEnd.Tests;

/// <summary>The weekly pulse in the real Agents Playground: setup in the group chat, a pulse fired now, an answer.</summary>
public sealed class PlaygroundPulseTests : IAsyncLifetime
{
    /// <summary>A Tuesday morning, so the reminder (never at weekends) is due whatever day the tests run.</summary>
    private readonly ShiftedClock _clock = new(new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.FromHours(1)));
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
    public async Task A_team_is_set_up_in_the_group_chat_the_pulse_arrives_is_answered_once_and_the_reminder_skips_the_respondent()
    {
        await _playground.SayInGroupChatAsync("opsæt");
        var setupCard = await _playground.WaitForAsync(m => Text(m).Contains("Opsætning af trivselstjek", StringComparison.Ordinal));
        var me = _playground.TestConfig["config"]!["currentUser"]!["aadObjectId"]!.GetValue<string>();
        (await _playground.SubmitAsync(_playground.GroupChatId, MessageId(setupCard), _playground.CurrentUserId, new JsonObject
        {
            ["action"] = "setup.save", ["leaders"] = me, ["day"] = "1", ["time"] = "09:00",
            ["reminder"] = "2", ["questions"] = "4", ["language"] = "da", ["k"] = "3",
        })).EnsureSuccessStatusCode();
        await _playground.WaitForAsync(m => m["action"]!.GetValue<string>() == "updateMessage" && Text(m).Contains("Trivselstjekket er sat op", StringComparison.Ordinal));

        var fire = await _bot.Http.PostAsync($"local/pulse-now?tenant={Uri.EscapeDataString(_playground.TenantId)}&conversation={Uri.EscapeDataString(_playground.GroupChatId)}", null);
        Assert.Equal(HttpStatusCode.Accepted, fire.StatusCode);
        var pulse = await _playground.WaitForAsync(m => Text(m).Contains("Ugens trivselstjek", StringComparison.Ordinal));
        var card = pulse["message"]!["attachments"]![0]!["content"]!.AsObject();
        var answer = new JsonObject { ["action"] = "pulse.answer", ["ticket"] = card["actions"]![0]!["data"]!["ticket"]!.GetValue<string>() };
        foreach (var input in card["body"]!.AsArray().Select(e => e!["id"]?.GetValue<string>()).OfType<string>().Where(id => id.StartsWith("q_", StringComparison.Ordinal)))
        {
            answer[input] = "4";
        }

        var chat = pulse["actionConversationId"]!.GetValue<string>();
        (await _playground.SubmitAsync(chat, MessageId(pulse), _playground.CurrentUserId, (JsonObject)answer.DeepClone())).EnsureSuccessStatusCode();
        await _playground.WaitForAsync(m => m["action"]!.GetValue<string>() == "updateMessage" && Text(m).Contains("Tak for dine svar", StringComparison.Ordinal));
        (await _playground.SubmitAsync(chat, MessageId(pulse), _playground.CurrentUserId, (JsonObject)answer.DeepClone())).EnsureSuccessStatusCode();
        await _playground.WaitForAsync(m => m["action"]!.GetValue<string>() == "updateMessage" && Text(m).Contains("allerede modtaget", StringComparison.Ordinal));

        var team = new TeamRef(_playground.TenantId, _playground.GroupChatId);
        var period = PulsePeriod.Containing(_clock.GetUtcNow());
        Assert.Single(await _bot.Service<AnswerStore>().RespondentsAsync(team, period, default));

        var shownBefore = _playground.Shown.Count;
        await _bot.Service<IReminderRunner>().RunAsync(team, period, default);
        var reminded = await _bot.Service<PulseDelivery>().SentToAsync(team, period, DeliveryKind.Reminder, default);
        var pulsed = await _bot.Service<PulseDelivery>().SentToAsync(team, period, DeliveryKind.Pulse, default);
        var myPseudonym = _bot.Service<MemberPseudonym>().For(me);
        Assert.DoesNotContain(myPseudonym, reminded);
        Assert.Equal(pulsed.Count - 1, reminded.Count);
        await Task.Delay(500);
        Assert.DoesNotContain(_playground.Shown.Skip(shownBefore), m => Text(m).Contains("ikke svaret endnu", StringComparison.Ordinal));
    }

    private static string MessageId(JsonObject shown) => shown["message"]!["messageId"]!.GetValue<string>();

    private static string Text(JsonObject shown) =>
        shown["message"]?.ToJsonString(new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) ?? "";
}
