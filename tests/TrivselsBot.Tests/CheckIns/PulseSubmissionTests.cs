using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using TrivselsBot.CheckIns;
using TrivselsBot.CheckIns.Questions;
using TrivselsBot.Privacy;

namespace TrivselsBot.Tests.CheckIns;

public sealed class PulseSubmissionTests
{
    private const string Anne = "6b1f4c3e-0d7a-4f0e-9a51-3c2b8e7d1a90";
    private const string Bo = "f03e2a71-55c4-4b9e-8d2f-a1b7c6e0d345";

    private static readonly QuestionBank Bank = TestBanks.Shipped;
    private static readonly PulseTicketSigner Signer = new(Encoding.UTF8.GetBytes("card-signing secret, thirty-two bytes+"));
    private static readonly MemberPseudonym Pseudonyms = new(Encoding.UTF8.GetBytes("pseudonym secret, at least 32 bytes!!"));
    private static readonly PulseTicket AnnesTicket = new(
        "tenant|team", new PulsePeriod(2026, 48), ["anchor", "workload-2", "support-1"], Pseudonyms.For(Anne));

    private static JsonObject Answer(PulseTicket? ticket = null) => new()
    {
        ["action"] = "pulse.answer",
        ["ticket"] = Signer.Sign(ticket ?? AnnesTicket),
        ["q_anchor"] = "4",
        ["q_workload-2"] = "decline",
        ["q_support-1"] = "1",
    };

    private static SubmissionResult Validate(JsonObject value, string? from = Anne) =>
        PulseSubmission.Validate(JsonSerializer.SerializeToElement(value), Signer, Pseudonyms, from, _ => Bank.Contains);

    private static void AssertRejected(SubmissionErrorKind expected, SubmissionResult result)
    {
        Assert.False(result.IsValid);
        Assert.Equal(expected, result.Error);
        Assert.Null(result.Ticket);
        Assert.Null(result.Scores);
    }

    [Fact]
    public void A_complete_answer_gives_a_score_per_question_in_ticket_order_and_null_for_declined()
    {
        var result = Validate(Answer());

        Assert.True(result.IsValid);
        Assert.Null(result.Error);
        Assert.Equal(AnnesTicket.Period, result.Ticket.Period);
        Assert.Equal(AnnesTicket.TeamKey, result.Ticket.TeamKey);
        Assert.Equal([new("anchor", 4), new("workload-2", null), new KeyValuePair<string, int?>("support-1", 1)], result.Scores);
        Assert.Null(result.Comment);
    }

    [Fact]
    public void Every_point_of_the_scale_is_accepted()
    {
        foreach (var score in new[] { 1, 2, 3, 4, 5 })
        {
            var answer = Answer();
            answer["q_anchor"] = score.ToString(System.Globalization.CultureInfo.InvariantCulture);

            Assert.Equal(score, Validate(answer).Scores!["anchor"]);
        }
    }

    [Fact]
    public void The_comment_is_trimmed_and_scrubbed_of_phone_numbers()
    {
        var answer = Answer();
        answer["comment"] = "  For mange alenevagter. Ring gerne på 23 45 67 89.  ";

        Assert.Equal("For mange alenevagter. Ring gerne på [fjernet].", Validate(answer).Comment);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n ")]
    public void An_empty_comment_is_no_comment(string comment)
    {
        var answer = Answer();
        answer["comment"] = comment;

        Assert.Null(Validate(answer).Comment);
    }

    [Fact]
    public void The_person_is_recognised_whatever_the_case_of_their_object_id()
    {
        Assert.True(Validate(Answer(), from: Anne.ToUpperInvariant()).IsValid);
    }

    [Theory]
    [InlineData("setup.save")]
    [InlineData("")]
    [InlineData(null)]
    public void Another_action_is_not_a_pulse_answer(string? action)
    {
        var answer = Answer();
        answer["action"] = action;

        AssertRejected(SubmissionErrorKind.NotAPulseAnswer, Validate(answer));
    }

    [Fact]
    public void A_value_that_is_not_an_object_is_not_a_pulse_answer()
    {
        var result = PulseSubmission.Validate(JsonSerializer.SerializeToElement("pulse.answer"), Signer, Pseudonyms, Anne, _ => Bank.Contains);

        AssertRejected(SubmissionErrorKind.NotAPulseAnswer, result);
    }

    [Fact]
    public void A_comment_that_is_not_text_is_not_a_pulse_answer()
    {
        var answer = Answer();
        answer["comment"] = 42;

        AssertRejected(SubmissionErrorKind.NotAPulseAnswer, Validate(answer));
    }

    [Fact]
    public void A_missing_ticket_is_refused_as_tampered()
    {
        var answer = Answer();
        answer.Remove("ticket");

        AssertRejected(SubmissionErrorKind.TamperedTicket, Validate(answer));
    }

    [Fact]
    public void A_ticket_signed_with_another_key_is_refused_as_tampered()
    {
        var answer = Answer();
        answer["ticket"] = new PulseTicketSigner(new byte[32]).Sign(AnnesTicket);

        AssertRejected(SubmissionErrorKind.TamperedTicket, Validate(answer));
    }

    [Fact]
    public void A_card_forwarded_to_someone_else_is_refused()
    {
        AssertRejected(SubmissionErrorKind.ForeignTicket, Validate(Answer(), from: Bo));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void An_answer_from_someone_without_an_object_id_is_refused_as_foreign(string? from)
    {
        AssertRejected(SubmissionErrorKind.ForeignTicket, Validate(Answer(), from));
    }

    [Fact]
    public void A_ticket_naming_a_question_the_bank_no_longer_has_is_refused()
    {
        var answer = Answer(AnnesTicket with { QuestionIds = ["anchor", "retired-1"] });
        answer["q_retired-1"] = "3";

        AssertRejected(SubmissionErrorKind.UnknownQuestion, Validate(answer));
    }

    [Fact]
    public void An_answer_to_a_question_the_ticket_did_not_ask_is_refused()
    {
        var answer = Answer();
        answer["q_violence-1"] = "5";

        AssertRejected(SubmissionErrorKind.UnknownQuestion, Validate(answer));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("6")]
    [InlineData("-1")]
    [InlineData("3.0")]
    [InlineData(" 3")]
    [InlineData("03")]
    [InlineData("tre")]
    [InlineData("I høj grad")]
    [InlineData("Decline")]
    [InlineData("٣")]
    public void Anything_but_1_to_5_or_decline_is_out_of_scale(string value)
    {
        var answer = Answer();
        answer["q_support-1"] = value;

        AssertRejected(SubmissionErrorKind.ValueOutOfScale, Validate(answer));
    }

    [Fact]
    public void A_number_instead_of_the_string_Teams_sends_is_out_of_scale()
    {
        var answer = Answer();
        answer["q_support-1"] = 3;

        AssertRejected(SubmissionErrorKind.ValueOutOfScale, Validate(answer));
    }

    [Fact]
    public void A_question_left_out_is_a_missing_answer()
    {
        var answer = Answer();
        answer.Remove("q_workload-2");

        AssertRejected(SubmissionErrorKind.MissingAnswer, Validate(answer));
    }

    [Fact]
    public void A_question_left_empty_is_a_missing_answer()
    {
        var answer = Answer();
        answer["q_workload-2"] = "";

        AssertRejected(SubmissionErrorKind.MissingAnswer, Validate(answer));
    }

    [Fact]
    public void A_comment_over_500_characters_is_refused_and_500_are_accepted()
    {
        var answer = Answer();
        answer["comment"] = "  " + new string('a', 500) + "  ";
        Assert.True(Validate(answer).IsValid);

        answer["comment"] = new string('a', 501);
        AssertRejected(SubmissionErrorKind.CommentTooLong, Validate(answer));
    }
}
