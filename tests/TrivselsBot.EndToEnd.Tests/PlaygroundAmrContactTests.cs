using System.Text.Json.Nodes;
using TrivselsBot.AmrContact;
using TrivselsBot.CheckIns;
using TrivselsBot.CheckIns.Delivery;
using TrivselsBot.CheckIns.Questions;
using TrivselsBot.Privacy;
using TrivselsBot.Scheduling;
using TrivselsBot.Testing;
using TrivselsBot.Trio;

namespace TrivselsBot.EndToEnd.Tests;

/// <summary>
/// The opt-in contact to the AMR in the real Agents Playground, in the first week from December 2026 whose four questions
/// include a violence, threat or krænkelse item. The current user leads and sets up the TRIO with Playground user 1 as AMR.
/// Three people answer: the current user and user 2 report an episode, user 3 does not. After the random delay (2-4 s
/// here) the consent card reaches those two only; user 2 says "nej" and nothing is sent; the current user says "ja" and
/// the AMR gets a 1:1 card naming them without a score, and they get a receipt. Other users' chats are read in the log.
/// </summary>
public sealed class PlaygroundAmrContactTests() : PlaygroundTestBase(new ShiftedClock(Tuesday(SignalWeek())), new Dictionary<string, string?>
{
    ["AmrContact:MinimumDelay"] = MinimumDelay.ToString(), ["AmrContact:MaximumDelay"] = "00:00:04",
})
{
    private static readonly TimeSpan MinimumDelay = TimeSpan.FromSeconds(2);
    private const string ConsentTitle = "Vil du have, at jeres arbejdsmiljørepræsentant kontakter dig?";
    private const string AmrTitle = "En kollega vil gerne kontaktes af dig";

    private static QuestionBank Bank { get; } = QuestionBankLoader.Load(Path.Combine(AppContext.BaseDirectory, "CheckIns", "Questions", "question-bank.json"));

    private static HashSet<string> SignalItems { get; } =
        [.. Bank.InTheme(TrioAgenda.SignalTheme).Where(q => q.Direction == ScoreDirection.HigherIsWorse).Select(q => q.Id)];

    private static PulsePeriod SignalWeek()
    {
        var week = new PulsePeriod(2026, 49);
        while (!QuestionRotation.Choose(Bank, week, 4).Any(q => SignalItems.Contains(q.Id))) week = week.Next;
        return week;
    }

    private static DateTimeOffset Tuesday(PulsePeriod week) => Copenhagen.Instant(week.FirstDay.AddDays(1).ToDateTime(new TimeOnly(10, 0)));

    [Fact]
    public async Task A_signal_answer_brings_the_consent_card_after_the_delay_no_sends_nothing_and_yes_tells_the_amr_by_name_without_scores()
    {
        var team = await SetUpGroupChatAsync(k: "3");
        var amr = User(1);
        await SetUpTrioAsync(amrAad: (string)amr["aadObjectId"]!);
        var week = PulsePeriod.Containing(Bot.Service<TimeProvider>().GetUtcNow());
        var signal = QuestionRotation.Choose(Bank, week, 4).First(q => SignalItems.Contains(q.Id)).Id;
        await FirePulseAsync(team);
        await WaitForDeliveryAsync(team, week, DeliveryKind.Pulse);

        var answered = DateTime.UtcNow;
        await AnswerPulseAsync(Playground.CurrentUserId, week, scores: new Dictionary<string, string> { [signal] = "4" });
        await AnswerPulseAsync((string)User(2)["id"]!, week, scores: new Dictionary<string, string> { [signal] = "3" });
        await AnswerPulseAsync((string)User(3)["id"]!, week, scores: new Dictionary<string, string> { [signal] = "1" }); // "Slet ikke": no episode

        var consent = await Playground.WaitForAsync(m => Text(m).Contains(ConsentTitle, StringComparison.Ordinal));
        Assert.True(DateTime.UtcNow - answered >= MinimumDelay, "The consent card came at once: its arrival marks the moment of the answer");
        Assert.Equal(Playground.PersonalChatId, (string?)consent["actionConversationId"]);
        Assert.Contains((string)amr["name"]!, Text(consent), StringComparison.Ordinal);
        var (user2Chat, user2MessageId, user2Consent) = await ConsentCardOfAsync(User(2));
        await Task.Delay(TimeSpan.FromSeconds(4));
        Assert.Empty(ConsentCardsFor(User(3)));

        (await Playground.SubmitAsync(user2Chat, user2MessageId, (string)User(2)["id"]!, Button(user2Consent, AmrCards.NoAction))).EnsureSuccessStatusCode();
        await Task.Delay(1000);
        Assert.DoesNotContain(Playground.Logged, l => Sent(l).Contains(AmrTitle, StringComparison.Ordinal));
        Assert.Equal(0, await Bot.Service<AmrRequests>().CountAsync(team, default));
        var loggedBeforeYes = Playground.Logged.Count;

        var card = consent["message"]!["attachments"]![0]!["content"];
        (await Playground.SubmitAsync(Playground.PersonalChatId, MessageId(consent), Playground.CurrentUserId, Button(card, AmrCards.YesAction))).EnsureSuccessStatusCode();
        // The receipt answers the person's own click, in their Teams language: the Playground always says en-US.
        await Playground.WaitForAsync(m => (string?)m["action"] == "updateMessage" && Text(m).Contains($"{amr["name"]} has been told and will contact you", StringComparison.Ordinal));
        var toAmr = Assert.Single(Playground.Logged, l => Sent(l).Contains(AmrTitle, StringComparison.Ordinal));
        Assert.Contains(Playground.Logged.Skip(loggedBeforeYes), l => (string?)l["activityName"] == "createConversation"
            && (string?)l["request"]?["body"]?["members"]?[0]?["id"] == (string?)amr["id"] && l["request"]?["body"]?["members"]?.AsArray().Count == 1); // a 1:1 chat with the AMR
        var shown = string.Join("\n", TextBlocks(toAmr["request"]!["body"]));
        Assert.Contains(Playground.TestConfig["config"]!["currentUser"]!["name"]!.GetValue<string>(), shown, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\b[1-5]\b", shown); // no score
        Assert.DoesNotContain(Bank.Get(signal).Da, shown, StringComparison.Ordinal);
        Assert.DoesNotContain("uge", shown, StringComparison.Ordinal);
        Assert.Equal(1, await Bot.Service<AmrRequests>().CountAsync(team, default));
    }

    private async Task SetUpTrioAsync(string amrAad)
    {
        await Playground.SayInGroupChatAsync("trio opsæt");
        var setupCard = await Playground.WaitForAsync(m => Text(m).Contains("Opsæt TRIO", StringComparison.Ordinal));
        (await Playground.SubmitAsync(Playground.GroupChatId, MessageId(setupCard), Playground.CurrentUserId, new JsonObject
        {
            ["action"] = TrioSetupCard.Action, ["leder"] = CurrentUserAad, ["tr"] = (string)User(0)["aadObjectId"]!, ["amr"] = amrAad,
            ["day"] = "3", ["interval"] = "2", ["time"] = "10:00", ["agendaDays"] = "2", ["destination"] = "personal",
        })).EnsureSuccessStatusCode();
        await Playground.WaitForAsync(m => (string?)m["action"] == "updateMessage" && Text(m).Contains("Næste møde", StringComparison.Ordinal));
    }

    /// <summary>The consent cards in the log sealed for this user (proactive sends are logged without their chat).</summary>
    private IEnumerable<(string MessageId, JsonObject Card)> ConsentCardsFor(JsonNode user)
    {
        var pseudonym = Bot.Service<MemberPseudonym>().For((string)user["aadObjectId"]!);
        var seal = Bot.Service<AmrSeal>();
        foreach (var sent in Playground.Logged.Where(l => Sent(l).Contains(ConsentTitle, StringComparison.Ordinal)))
        {
            var card = sent["request"]!["body"]!["attachments"]![0]!["content"]!.AsObject();
            var yes = Button(card, AmrCards.YesAction);
            var offer = new SealedOffer((string)yes["team"]!, (string)yes["nonce"]!, (long)yes["expires"]!, (string)yes["mac"]!);
            if (seal.IsValid(offer, pseudonym)) yield return ((string)sent["messageId"]!, card);
        }
    }

    private async Task<(string Chat, string MessageId, JsonObject Card)> ConsentCardOfAsync(JsonNode user)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (!ConsentCardsFor(user).Any())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"No consent card reached {user["name"]}");
            await Task.Delay(100);
        }
        var (messageId, card) = ConsentCardsFor(user).Single();
        return (Playground.ChatsWith((string)user["id"]!).First(), messageId, card);
    }

    private static JsonObject Button(JsonNode? card, string action) => (JsonObject)Buttons(card).Single(b => (string?)b["action"] == action).DeepClone();

    private static IEnumerable<string> TextBlocks(JsonNode? node) => node switch
    {
        JsonObject o when (string?)o["type"] == "TextBlock" => [(string)o["text"]!],
        JsonObject o => o.SelectMany(p => TextBlocks(p.Value)),
        JsonArray a => a.SelectMany(TextBlocks),
        _ => [],
    };
}
