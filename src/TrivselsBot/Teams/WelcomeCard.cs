using TrivselsBot.Cards;
using TrivselsBot.Localization;

namespace TrivselsBot.Teams;

public static class WelcomeCard
{
    public static AdaptiveCard Build(Language language, int minimumGroupSize)
    {
        var t = language.Texts();
        return new AdaptiveCard(
        [
            new TextBlock(t.WelcomeTitle) { Size = TextSize.Large, Weight = TextWeight.Bolder },
            new TextBlock(t.WelcomeIntro),
            new TextBlock(string.Join("\n", t.WelcomePoints.Select(p => "- " + p))),
            new Container(
            [
                new TextBlock(t.AnonymityTitle) { Weight = TextWeight.Bolder },
                new TextBlock(t.AnonymityPromise(minimumGroupSize)),
            ]) { Style = ContainerStyle.Emphasis, Spacing = Spacing.Medium },
            new TextBlock(t.WelcomeNextStep) { Spacing = Spacing.Medium },
        ]) { Speak = t.WelcomeTitle };
    }
}
