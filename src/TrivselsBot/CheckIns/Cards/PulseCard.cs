using System.Globalization;
using System.Text.Json.Nodes;
using TrivselsBot.Cards;
using TrivselsBot.CheckIns.Questions;
using TrivselsBot.Localization;

namespace TrivselsBot.CheckIns.Cards;

/// <summary>The weekly pulse: the questions <see cref="QuestionRotation"/> chose, answered with radio buttons.</summary>
public static class PulseCard
{
    /// <param name="questions">In the order asked, the anchor first.</param>
    /// <param name="ticket">From <see cref="PulseTicketSigner.Sign"/>, naming exactly these questions.</param>
    /// <param name="teamName">Named on the card, so someone in two teams knows which one it is about.</param>
    public static AdaptiveCard Build(Language language, IReadOnlyList<Question> questions, string ticket, PulsePeriod period, bool isReminder, string teamName)
    {
        var t = PulseTexts.For(language);
        var intro = (isReminder ? t.ReminderIntro : t.Intro) + " " + t.Anonymity;
        return Build(language, questions, ticket, t.Title(period.Week), string.IsNullOrWhiteSpace(teamName) ? intro : $"{t.ForTeam(teamName)}\n\n{intro}", withComment: true);
    }

    /// <summary>A card of scale questions whose Send carries the signed ticket, answered through <see cref="PulseSubmission"/>.</summary>
    internal static AdaptiveCard Build(Language language, IReadOnlyList<Question> questions, string ticket, string title, string intro, bool withComment)
    {
        ArgumentNullException.ThrowIfNull(questions);
        ArgumentException.ThrowIfNullOrWhiteSpace(ticket);
        var t = PulseTexts.For(language);
        var body = new List<CardElement>
        {
            new TextBlock(title) { Size = TextSize.Large, Weight = TextWeight.Bolder },
            new TextBlock(intro) { Spacing = Spacing.Small },
        };
        foreach (var question in questions)
        {
            body.Add(new TextBlock(question.Text(language)) { Weight = TextWeight.Bolder, Spacing = Spacing.Large });
            body.Add(new ChoiceSetInput(PulseSubmission.QuestionInputId(question.Id), Choices(t))
            {
                Style = "expanded",
                Label = t.ChooseOneAnswer,
                IsRequired = true,
                ErrorMessage = t.AnswerRequired,
                Spacing = Spacing.Small,
            });
        }
        if (withComment)
        {
            body.Add(new TextInput(PulseSubmission.CommentInputId)
            {
                Label = t.CommentLabel,
                Placeholder = t.CommentHint,
                IsMultiline = true,
                MaxLength = PulseSubmission.MaximumCommentLength,
                Spacing = Spacing.Large,
            });
            body.Add(new ToggleInput(PulseSubmission.ReplyOptInInputId, t.ReplyOptIn) { Spacing = Spacing.Small });
            body.Add(new TextBlock(t.CommentReaders) { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.Small });
        }
        var data = new JsonObject
        {
            [PulseSubmission.ActionKey] = PulseSubmission.ActionName,
            [PulseSubmission.TicketKey] = ticket,
        };
        return new AdaptiveCard(body, [new SubmitAction(t.Send, data) { Style = "positive" }]) { Speak = title };
    }

    private static List<Choice> Choices(PulseTexts t) =>
    [
        .. PulseScale.ScoresHighFirst.Select(score => new Choice(t.ScaleLabels[score], score.ToString(CultureInfo.InvariantCulture))),
        new Choice(t.Decline, PulseScale.Decline),
    ];
}
