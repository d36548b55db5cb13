using System.Text.Json.Nodes;
using TrivselsBot.CheckIns;
using TrivselsBot.CheckIns.Delivery;
using TrivselsBot.Privacy;
using TrivselsBot.Setup;
using TrivselsBot.Testing;

namespace TrivselsBot.EndToEnd.Tests;

/// <summary>Azurite, the bot (optionally on a moved clock, with extra settings) and the real Agents Playground pointed at it, per test.</summary>
public abstract class PlaygroundTestBase(TimeProvider? clock = null, IDictionary<string, string?>? settings = null) : IAsyncLifetime
{
    // Its own Azurite even when the test run shares one: bots in the unit-test process reconcile every team and TRIO in the
    // storage they see at start-up, and would schedule (and send) this test's pulses and agendas on their own clocks.
    private AzuriteProcess _azurite = null!;

    protected BotUnderTest Bot { get; private set; } = null!;

    protected AgentsPlayground Playground { get; private set; } = null!;

    protected string CurrentUserAad => Playground.TestConfig["config"]!["currentUser"]!["aadObjectId"]!.GetValue<string>();

    public async Task InitializeAsync()
    {
        _azurite = await AzuriteProcess.StartAsync();
        Bot = await BotUnderTest.StartAsync(_azurite.ConnectionString, settings, time: clock);
        Playground = await AgentsPlayground.StartAsync(Bot.MessagesUrl);
    }

    public async Task DisposeAsync()
    {
        await Playground.DisposeAsync();
        await Bot.DisposeAsync();
        _azurite.Dispose();
    }

    /// <summary>The current user sets up the group chat, with themself as leader unless <paramref name="leaderAad"/> names another, through the setup card.</summary>
    protected async Task<TeamRef> SetUpGroupChatAsync(string k, string summary = "yes", string? leaderAad = null)
    {
        await Playground.SayInGroupChatAsync("opsæt");
        var setupCard = await Playground.WaitForAsync(m => Text(m).Contains("Opsætning af trivselstjek", StringComparison.Ordinal));
        (await Playground.SubmitAsync(Playground.GroupChatId, MessageId(setupCard), Playground.CurrentUserId, new JsonObject
        {
            ["action"] = "setup.save", ["leaders"] = leaderAad ?? CurrentUserAad, ["day"] = "1", ["time"] = "09:00",
            ["reminder"] = "2", ["questions"] = "4", ["language"] = "da", ["k"] = k, ["summary"] = summary,
        })).EnsureSuccessStatusCode();
        await Playground.WaitForAsync(m => m["action"]!.GetValue<string>() == "updateMessage" && Text(m).Contains("Trivselstjekket er sat op", StringComparison.Ordinal));
        return new TeamRef(Playground.TenantId, Playground.GroupChatId);
    }

    /// <summary>
    /// Waits until a fan-out started in the background has a final row for every person in the group chat: the first card
    /// on screen says nothing about the others, which may still be on their way.
    /// </summary>
    protected async Task WaitForDeliveryAsync(TeamRef team, PulsePeriod period, DeliveryKind kind)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while ((await Bot.Service<PulseDelivery>().GetProgressAsync(team, period, kind, Playground.GroupChatRosterSize, default)).Pending > 0)
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"The {kind} to {team} did not reach everyone in 30 s");
            await Task.Delay(100);
        }
    }

    /// <summary>One of the Playground's other users (0-4): id, name, aadObjectId.</summary>
    protected JsonNode User(int i) => Playground.TestConfig["config"]!["users"]![i]!;

    protected async Task FirePulseAsync(TeamRef team)
    {
        var fire = await Bot.Http.PostAsync($"local/pulse-now?tenant={Uri.EscapeDataString(team.TenantId)}&conversation={Uri.EscapeDataString(team.ConversationId)}", null);
        Assert.Equal(System.Net.HttpStatusCode.Accepted, fire.StatusCode);
    }

    /// <summary>POST /local/close-week-now: the bot's clock to next Monday 00:01, the week closed and counted.</summary>
    protected async Task CloseWeekAsync() => (await Bot.Http.PostAsync("local/close-week-now", null)).EnsureSuccessStatusCode();

    /// <summary>
    /// A user clicks "Send" on their pulse card of <paramref name="week"/>: the current user's as the chat view shows it, another
    /// user's as the log shows the bot sent it to their 1:1 chat. Every question gets <paramref name="score"/> unless
    /// <paramref name="scores"/> says otherwise for a question id.
    /// </summary>
    protected async Task AnswerPulseAsync(string userId, PulsePeriod week, string? comment = null, bool repliesWelcome = false, string score = "4",
        IReadOnlyDictionary<string, string>? scores = null)
    {
        var title = $"Ugens trivselstjek – uge {week.Week}";
        var (chat, messageId, card) = userId == Playground.CurrentUserId ? await ShownCardAsync(title) : await SentPulseCardAsync(userId, title);
        var answer = new JsonObject { ["action"] = PulseSubmission.ActionName, ["ticket"] = card["actions"]![0]!["data"]!["ticket"]!.GetValue<string>() };
        foreach (var input in Inputs(card).Where(id => id.StartsWith(PulseSubmission.QuestionInputPrefix, StringComparison.Ordinal)))
        {
            answer[input] = scores is not null && scores.TryGetValue(input[PulseSubmission.QuestionInputPrefix.Length..], out var given) ? given : score;
        }
        if (comment is not null) answer[PulseSubmission.CommentInputId] = comment;
        answer[PulseSubmission.ReplyOptInInputId] = repliesWelcome ? "true" : "false";
        (await Playground.SubmitAsync(chat, messageId, userId, answer)).EnsureSuccessStatusCode();
    }

    /// <summary>The card holding <paramref name="text"/> in the current user's personal chat: the chat, the message id, the card.</summary>
    protected async Task<(string Chat, string MessageId, JsonObject Card)> ShownCardAsync(string text)
    {
        var shown = await Playground.WaitForAsync(m => (string?)m["actionConversationId"] == Playground.PersonalChatId && Text(m).Contains(text, StringComparison.Ordinal));
        return (Playground.PersonalChatId, MessageId(shown), shown["message"]!["attachments"]![0]!["content"]!.AsObject());
    }

    /// <summary>
    /// The pulse card of <paramref name="week"/> the bot sent to another user's 1:1 chat, from the log: the one whose
    /// signed ticket is for that user's pseudonym (proactive sends are logged without their chat).
    /// </summary>
    private async Task<(string Chat, string MessageId, JsonObject Card)> SentPulseCardAsync(string userId, string title)
    {
        var aad = (string)Playground.TestConfig["config"]!["users"]!.AsArray().Single(u => (string?)u!["id"] == userId)!["aadObjectId"]!;
        var pseudonym = Bot.Service<MemberPseudonym>().For(aad);
        var signer = Bot.Service<PulseTicketSigner>();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (true)
        {
            var chat = Playground.ChatsWith(userId).FirstOrDefault();
            foreach (var sent in chat is null ? [] : Playground.SentTo(chat).Where(l => Sent(l).Contains(title, StringComparison.Ordinal)))
            {
                var card = sent["request"]!["body"]!["attachments"]![0]!["content"]!.AsObject();
                if (signer.TryVerify((string)card["actions"]![0]!["data"]!["ticket"]!, out var ticket) && ticket.RecipientPseudonym == pseudonym) return (chat!, (string)sent["messageId"]!, card);
            }
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"No card with \"{title}\" reached {userId}");
            await Task.Delay(50);
        }
    }

    /// <summary>The ids of a card's inputs, wherever they sit in its body.</summary>
    protected static IEnumerable<string> Inputs(JsonNode? node) => node switch
    {
        JsonObject o => (o["type"] is JsonValue type && type.GetValue<string>().StartsWith("Input.", StringComparison.Ordinal) && o["id"] is JsonValue id ? [id.GetValue<string>()] : Enumerable.Empty<string>())
            .Concat(o.SelectMany(p => Inputs(p.Value))),
        JsonArray a => a.SelectMany(Inputs),
        _ => [],
    };

    /// <summary>Every Action.Submit's data in a card, its own actions and those in the body's action sets.</summary>
    protected static IEnumerable<JsonObject> Buttons(JsonNode? node) => node switch
    {
        JsonObject o when (string?)o["type"] == "Action.Submit" => [(JsonObject)o["data"]!],
        JsonObject o => o.SelectMany(p => Buttons(p.Value)),
        JsonArray a => a.SelectMany(Buttons),
        _ => [],
    };

    /// <summary>A message the bot sent, as the log shows it, as readable JSON.</summary>
    protected static string Sent(JsonObject logged) =>
        logged["request"]?["body"]?.ToJsonString(new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) ?? "";

    protected static string MessageId(JsonObject shown) => shown["message"]!["messageId"]!.GetValue<string>();

    /// <summary>The shown message as readable JSON (Danish letters unescaped).</summary>
    protected static string Text(JsonObject shown) =>
        shown["message"]?.ToJsonString(new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) ?? "";
}
