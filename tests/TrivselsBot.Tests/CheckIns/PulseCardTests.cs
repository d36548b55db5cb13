using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using TrivselsBot.CheckIns;
using TrivselsBot.CheckIns.Cards;
using TrivselsBot.CheckIns.Questions;
using TrivselsBot.Localization;
using TrivselsBot.Privacy;

namespace TrivselsBot.Tests.CheckIns;

public sealed class PulseCardTests
{
    private const string Anne = "6b1f4c3e-0d7a-4f0e-9a51-3c2b8e7d1a90";
    private static readonly PulsePeriod Week48 = new(2026, 48);
    private static readonly IReadOnlyList<Question> Questions = QuestionRotation.Choose(TestBanks.Shipped, Week48, 4);
    private static readonly PulseTicketSigner Signer = new(Encoding.UTF8.GetBytes("card-signing secret, thirty-two bytes+"));
    private static readonly MemberPseudonym Pseudonyms = new(Encoding.UTF8.GetBytes("pseudonym secret, at least 32 bytes!!"));
    private static readonly string Ticket = Signer.Sign(new PulseTicket("tenant|team", Week48, [.. Questions.Select(q => q.Id)], Pseudonyms.For(Anne)));

    private static JsonObject Card(Language language = Language.Danish, bool isReminder = false) =>
        PulseCard.Build(language, Questions, Ticket, Week48, isReminder, "Hus Birken").ToJson();

    private static List<JsonObject> Body(JsonObject card) => card["body"]!.AsArray().Select(e => e!.AsObject()).ToList();

    private static List<string> Texts(JsonObject card) =>
        Body(card).Where(e => (string?)e["type"] == "TextBlock").Select(e => (string)e["text"]!).ToList();

    private static List<JsonObject> ChoiceSets(JsonObject card) => Body(card).Where(e => (string?)e["type"] == "Input.ChoiceSet").ToList();

    [Fact]
    public void The_header_names_the_week_and_the_team_and_promises_a_short_anonymous_check()
    {
        var texts = Texts(Card());

        Assert.Equal("Ugens trivselstjek – uge 48", texts[0]);
        Assert.Equal("Teamet: **Hus Birken**\n\nUnder ét minut. Dine svar er anonyme – lederen og TRIO'en ser kun samlede tal.", texts[1]);
    }

    [Fact]
    public void The_card_says_who_can_read_a_comment()
    {
        Assert.Contains("Lederen og TRIO'en kan læse kommentarer – uden navn og dato, og kun når nok har svaret.", Texts(Card()));
        Assert.Contains("Your leader and the TRIO can read comments – without name or date, and only when enough have answered.", Texts(Card(Language.English)));
    }

    [Fact]
    public void Each_question_is_a_text_followed_by_required_radio_buttons_for_the_scale_and_declining()
    {
        var body = Body(Card());

        foreach (var question in Questions)
        {
            var index = body.FindIndex(e => (string?)e["text"] == question.Da);
            Assert.True(index >= 0, question.Id + " is not on the card");
            var input = body[index + 1];
            Assert.Equal("Input.ChoiceSet", (string?)input["type"]);
            Assert.Equal("q_" + question.Id, (string?)input["id"]);
            Assert.Equal("expanded", (string?)input["style"]);
            Assert.True((bool)input["isRequired"]!);
            Assert.Equal("Vælg ét svar", (string?)input["label"]);
            Assert.Equal("Vælg et svar – eller »Vil ikke svare«.", (string?)input["errorMessage"]);
            Assert.Equal(
                ["I meget høj grad:5", "I høj grad:4", "I nogen grad:3", "I mindre grad:2", "Slet ikke:1", "Vil ikke svare:decline"],
                input["choices"]!.AsArray().Select(c => $"{c!["title"]}:{c["value"]}"));
        }
        Assert.Equal(Questions.Count, ChoiceSets(Card()).Count);
    }

    [Fact]
    public void The_anchor_is_asked_first()
    {
        Assert.Equal("q_anchor", (string?)ChoiceSets(Card())[0]["id"]);
    }

    [Fact]
    public void The_optional_comment_holds_at_most_500_characters_and_asks_for_no_names()
    {
        var comment = Body(Card()).Single(e => (string?)e["type"] == "Input.Text");

        Assert.Equal("comment", (string?)comment["id"]);
        Assert.True((bool)comment["isMultiline"]!);
        Assert.Equal(500, (int)comment["maxLength"]!);
        Assert.Null(comment["isRequired"]);
        Assert.Contains("navne", (string?)comment["placeholder"], StringComparison.Ordinal);
    }

    [Fact]
    public void One_send_button_carries_the_action_and_the_ticket()
    {
        var action = Assert.Single(Card()["actions"]!.AsArray())!;

        Assert.Equal("Action.Submit", (string?)action["type"]);
        Assert.Equal("Send", (string?)action["title"]);
        Assert.Equal("pulse.answer", (string?)action["data"]!["action"]);
        Assert.Equal(Ticket, (string?)action["data"]!["ticket"]);
    }

    [Fact]
    public void The_reminder_kindly_says_you_have_not_answered_yet()
    {
        var texts = Texts(Card(isReminder: true));

        Assert.Equal("Teamet: **Hus Birken**\n\nDu har ikke svaret endnu – det tager under ét minut. Dine svar er anonyme – lederen og TRIO'en ser kun samlede tal.", texts[1]);
        Assert.DoesNotContain(Texts(Card()), t => t.Contains("ikke svaret endnu", StringComparison.Ordinal));
    }

    [Fact]
    public void The_English_card_asks_the_English_questions_on_the_English_scale()
    {
        var card = Card(Language.English);

        Assert.Equal("This week's wellbeing check – week 48", Texts(card)[0]);
        Assert.Contains(Questions[1].En, Texts(card));
        Assert.Equal(
            ["To a very large extent", "To a large extent", "Somewhat", "To a small extent", "Not at all", "Prefer not to answer"],
            ChoiceSets(card)[0]["choices"]!.AsArray().Select(c => (string?)c!["title"]));
    }

    [Fact]
    public void What_Teams_sends_back_from_the_card_is_a_valid_answer()
    {
        var card = Card();
        var submitted = card["actions"]![0]!["data"]!.DeepClone().AsObject();
        foreach (var input in ChoiceSets(card)) submitted[(string)input["id"]!] = (string?)input["choices"]![1]!["value"];
        submitted["comment"] = "Travl uge, men god stemning.";

        var result = PulseSubmission.Validate(JsonSerializer.SerializeToElement(submitted), Signer, Pseudonyms, Anne, _ => TestBanks.Shipped.Contains);

        Assert.True(result.IsValid, result.Error.ToString());
        Assert.All(result.Scores.Values, score => Assert.Equal(4, score));
    }
}
