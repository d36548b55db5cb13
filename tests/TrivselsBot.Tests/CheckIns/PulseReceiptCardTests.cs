using TrivselsBot.Cards;
using TrivselsBot.CheckIns;
using TrivselsBot.CheckIns.Cards;
using TrivselsBot.Localization;

namespace TrivselsBot.Tests.CheckIns;

public sealed class PulseReceiptCardTests
{
    private static readonly PulsePeriod Week48 = new(2026, 48);

    private static List<string> Texts(AdaptiveCard card) =>
        card.ToJson()["body"]!.AsArray().Select(e => (string)e!["text"]!).ToList();

    [Fact]
    public void Thanks_shows_the_response_rate_once_enough_have_answered()
    {
        Assert.Equal(
            ["Tak for dine svar!", "Indtil nu har 5 af 12 i teamet svaret (42 %)."],
            Texts(PulseReceiptCard.Thanks(Language.Danish, answeredSoFar: 5, rosterSize: 12, minimumGroupSize: 5)));
    }

    [Fact]
    public void Thanks_hides_the_response_rate_while_fewer_than_the_minimum_have_answered()
    {
        var texts = Texts(PulseReceiptCard.Thanks(Language.Danish, answeredSoFar: 4, rosterSize: 12, minimumGroupSize: 5));

        Assert.Equal(["Tak for dine svar!", "Svarprocenten vises, når mindst 5 har svaret."], texts);
        Assert.DoesNotContain(texts, t => t.Contains("12", StringComparison.Ordinal));
    }

    [Fact]
    public void Thanks_never_shows_more_than_everyone()
    {
        Assert.Equal(
            "So far 7 of 7 in the team have answered (100%).",
            Texts(PulseReceiptCard.Thanks(Language.English, answeredSoFar: 7, rosterSize: 6, minimumGroupSize: 5))[1]);
    }

    [Fact]
    public void Already_received_says_the_answer_counts_once_for_that_week()
    {
        Assert.Contains(
            "Vi har allerede modtaget dit svar for uge 48 – det tæller kun én gang.",
            Texts(PulseReceiptCard.AlreadyReceived(Language.Danish, Week48)));
    }

    [Fact]
    public void Period_closed_says_the_week_is_over_and_nothing_was_saved()
    {
        var texts = Texts(PulseReceiptCard.PeriodClosed(Language.Danish, Week48));

        Assert.Equal("Uge 48 er slut", texts[0]);
        Assert.Contains("ikke gemt", texts[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Language.Danish, "Dit svar er ikke gemt")]
    [InlineData(Language.English, "Your answer was not saved")]
    public void Every_problem_says_nothing_was_saved_and_has_its_own_explanation(Language language, string title)
    {
        var kinds = Enum.GetValues<SubmissionErrorKind>();
        var cards = kinds.Select(kind => Texts(PulseReceiptCard.Problem(language, kind))).ToList();

        Assert.All(cards, texts => Assert.Equal(title, texts[0]));
        Assert.Equal(kinds.Length, cards.Select(texts => texts[1]).Distinct().Count());
    }

    [Fact]
    public void A_comment_too_long_problem_says_the_limit()
    {
        Assert.Contains("500 tegn", Texts(PulseReceiptCard.Problem(Language.Danish, SubmissionErrorKind.CommentTooLong))[1], StringComparison.Ordinal);
        Assert.Contains("500 characters", Texts(PulseReceiptCard.Problem(Language.English, SubmissionErrorKind.CommentTooLong))[1], StringComparison.Ordinal);
    }
}
