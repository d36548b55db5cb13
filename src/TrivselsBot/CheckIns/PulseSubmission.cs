using System.Text.Json;
using TrivselsBot.CheckIns.Questions;
using TrivselsBot.Privacy;
using static TrivselsBot.CheckIns.SubmissionErrorKind;

namespace TrivselsBot.CheckIns;

/// <summary>
/// Checks a pulse card's Action.Submit value before anything is stored. Teams sends the action data
/// (<see cref="ActionKey"/>, <see cref="TicketKey"/>) merged with the card's inputs, every input value a string.
/// </summary>
public static class PulseSubmission
{
    public const string ActionKey = "action";
    public const string ActionName = "pulse.answer";
    public const string TicketKey = "ticket";
    public const string CommentInputId = "comment";
    /// <summary>The check box under the comment: the writer lets the leader side answer the comment (off unless ticked).</summary>
    public const string ReplyOptInInputId = "replyOptIn";
    public const int MaximumCommentLength = 500;

    public const string QuestionInputPrefix = "q_";

    public static string QuestionInputId(string questionId) => QuestionInputPrefix + questionId;

    /// <param name="knownQuestions">For the verified ticket: which question ids its card may ask.</param>
    public static SubmissionResult Validate(
        JsonElement value, PulseTicketSigner signer, MemberPseudonym pseudonym, string? fromAadObjectId, Func<PulseTicket, Func<string, bool>> knownQuestions)
    {
        ArgumentNullException.ThrowIfNull(signer);
        ArgumentNullException.ThrowIfNull(pseudonym);
        ArgumentNullException.ThrowIfNull(knownQuestions);

        if (value.ValueKind != JsonValueKind.Object || Text(value, ActionKey) != ActionName) return Invalid(NotAPulseAnswer);
        if (!signer.TryVerify(Text(value, TicketKey), out var ticket)) return Invalid(TamperedTicket);
        if (string.IsNullOrWhiteSpace(fromAadObjectId) || pseudonym.For(fromAadObjectId) != ticket.RecipientPseudonym)
        {
            return Invalid(ForeignTicket);
        }
        if (!ticket.QuestionIds.All(knownQuestions(ticket)) || AnswersQuestionOutsideTicket(value, ticket)) return Invalid(UnknownQuestion);

        var scores = new Dictionary<string, int?>(StringComparer.Ordinal);
        foreach (var questionId in ticket.QuestionIds)
        {
            if (!value.TryGetProperty(QuestionInputId(questionId), out var answer) ||
                (answer.ValueKind == JsonValueKind.String && string.IsNullOrWhiteSpace(answer.GetString())))
            {
                return Invalid(MissingAnswer);
            }
            if (!TryScore(answer, out var score)) return Invalid(ValueOutOfScale);
            scores[questionId] = score;
        }

        if (!value.TryGetProperty(CommentInputId, out var commentElement)) return SubmissionResult.Valid(ticket, scores, null);
        if (commentElement.ValueKind != JsonValueKind.String) return Invalid(NotAPulseAnswer);
        var comment = commentElement.GetString()!.Trim();
        if (comment.Length > MaximumCommentLength) return Invalid(CommentTooLong);
        if (comment.Length == 0) return SubmissionResult.Valid(ticket, scores, null);
        var repliesWelcome = Text(value, ReplyOptInInputId) == TrivselsBot.Cards.ToggleInput.On;
        return SubmissionResult.Valid(ticket, scores, CommentScrubber.Scrub(comment), repliesWelcome);
    }

    private static bool AnswersQuestionOutsideTicket(JsonElement value, PulseTicket ticket) =>
        value.EnumerateObject().Any(p =>
            p.Name.StartsWith(QuestionInputPrefix, StringComparison.Ordinal) && !ticket.QuestionIds.Contains(p.Name[QuestionInputPrefix.Length..]));

    /// <summary>Exactly "1" to "5", or the decline value; nothing else, not even the number 3.</summary>
    private static bool TryScore(JsonElement answer, out int? score)
    {
        score = null;
        if (answer.ValueKind != JsonValueKind.String) return false;
        var text = answer.GetString();
        if (text == PulseScale.Decline) return true;
        if (text is not { Length: 1 } || text[0] < '0' + PulseScale.Lowest || text[0] > '0' + PulseScale.Highest) return false;
        score = text[0] - '0';
        return true;
    }

    private static string? Text(JsonElement value, string property) =>
        value.TryGetProperty(property, out var element) && element.ValueKind == JsonValueKind.String ? element.GetString() : null;

    private static SubmissionResult Invalid(SubmissionErrorKind error) => SubmissionResult.Invalid(error);
}
