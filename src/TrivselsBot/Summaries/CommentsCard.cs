using System.Security.Cryptography;
using TrivselsBot.Cards;
using TrivselsBot.CheckIns;
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

    public static AdaptiveCard Build(Language language, PulsePeriod week, IReadOnlyList<string> comments)
    {
        var shuffled = comments.ToArray();
        RandomNumberGenerator.Shuffle(shuffled.AsSpan());
        var title = language == Language.English ? $"Comments from week {week.Week}" : $"Kommentarer fra uge {week.Week}";
        var note = language == Language.English
            ? "In random order and without dates. Phone numbers, e-mail addresses and CPR numbers were removed where found."
            : "I tilfældig rækkefølge og uden datoer. Telefonnumre, e-mails og CPR-numre er fjernet, hvor de fandtes.";
        return new AdaptiveCard(
        [
            new TextBlock(title) { Size = TextSize.Medium, Weight = TextWeight.Bolder },
            new TextBlock(note) { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None },
            .. shuffled.Select(c => new Container([new TextBlock("“" + c + "”")]) { Style = ContainerStyle.Emphasis, Spacing = Spacing.Small }),
        ]);
    }
}
