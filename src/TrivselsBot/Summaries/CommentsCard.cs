using System.Security.Cryptography;
using TrivselsBot.Cards;
using TrivselsBot.CheckIns;
using TrivselsBot.Dialogue;
using TrivselsBot.Localization;

namespace TrivselsBot.Summaries;

/// <summary>
/// The week's comments for the leader: only when the week met k respondents and at least <see cref="MinimumComments"/>
/// comments exist (fewer would be easy to attribute); shuffled, without dates, as scrubbed when stored.
/// </summary>
public static class CommentsCard
{
    public const int MinimumComments = 3;

    public static bool MayShow(Figure respondents, int commentCount) => respondents.IsShown && commentCount >= MinimumComments;

    /// <param name="answerable">The ids of comments whose writer allows anonymous replies: they get "Svar anonymt".</param>
    public static AdaptiveCard Build(Language language, PulsePeriod week, IReadOnlyList<StoredComment> comments, IReadOnlySet<string> answerable, string teamConversationId)
    {
        var shuffled = comments.ToArray();
        RandomNumberGenerator.Shuffle(shuffled.AsSpan());
        var title = language == Language.English ? $"Comments from week {week.Week}" : $"Kommentarer fra uge {week.Week}";
        var note = language == Language.English
            ? "In random order and without dates. Phone numbers, e-mail addresses and CPR numbers were removed where found."
            : "I tilfældig rækkefølge og uden datoer. Telefonnumre, e-mails og CPR-numre er fjernet, hvor de fandtes.";
        var body = new List<CardElement>
        {
            new TextBlock(title) { Size = TextSize.Medium, Weight = TextWeight.Bolder },
            new TextBlock(note) { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None },
        };
        foreach (var comment in shuffled)
        {
            body.Add(new Container([new TextBlock("“" + comment.Text + "”")]) { Style = ContainerStyle.Emphasis, Spacing = Spacing.Small });
            if (answerable.Contains(comment.Id)) body.AddRange(DialogueCards.ReplyBox(language, teamConversationId, week, comment.Id));
        }
        if (shuffled.Any(c => answerable.Contains(c.Id))) body.Add(DialogueCards.SignToggle(language));
        return new AdaptiveCard(body);
    }
}
