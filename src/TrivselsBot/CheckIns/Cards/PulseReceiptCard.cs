using TrivselsBot.Cards;
using TrivselsBot.Localization;

namespace TrivselsBot.CheckIns.Cards;

/// <summary>What the bot answers when someone presses Send on a pulse card.</summary>
public static class PulseReceiptCard
{
    /// <summary>
    /// The team's response rate so far is shown only once <paramref name="minimumGroupSize"/> have answered: below that,
    /// "2 of 12" would tell the first answerers too much about who else has answered.
    /// </summary>
    public static AdaptiveCard Thanks(Language language, int answeredSoFar, int rosterSize, int minimumGroupSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(answeredSoFar, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(minimumGroupSize, 1);
        var t = PulseTexts.For(language);
        // Someone may have left the team since the card went out; a rate above 100 % would only confuse.
        var roster = Math.Max(rosterSize, answeredSoFar);
        var rate = answeredSoFar >= minimumGroupSize
            ? t.ResponseRate(answeredSoFar, roster, (int)Math.Round(100.0 * answeredSoFar / roster, MidpointRounding.AwayFromZero))
            : t.ResponseRateHidden(minimumGroupSize);
        return Build(t.ThanksTitle, rate);
    }

    public static AdaptiveCard AlreadyReceived(Language language, PulsePeriod period)
    {
        var t = PulseTexts.For(language);
        return Build(t.AlreadyReceivedTitle, t.AlreadyReceived(period.Week));
    }

    public static AdaptiveCard PeriodClosed(Language language, PulsePeriod period)
    {
        var t = PulseTexts.For(language);
        return Build(t.PeriodClosedTitle(period.Week), t.PeriodClosed);
    }

    public static AdaptiveCard Problem(Language language, SubmissionErrorKind error)
    {
        var t = PulseTexts.For(language);
        return Build(t.ProblemTitle, t.Problem(error));
    }

    private static AdaptiveCard Build(string title, string message) =>
        new([
            new TextBlock(title) { Size = TextSize.Medium, Weight = TextWeight.Bolder },
            new TextBlock(message) { Spacing = Spacing.Small },
        ]) { Speak = title };
}
