using TrivselsBot.Cards;
using TrivselsBot.Chat;
using TrivselsBot.Localization;
using TrivselsBot.Teams;

namespace TrivselsBot.Tests.Cards;

/// <summary>
/// Every card the bot can send, in every language, with realistic content. A test checks that each public card
/// builder in the product appears here, so a new card cannot skip the renderer check.
/// </summary>
public static class CardCatalog
{
    public static IEnumerable<(string Builder, string Name, AdaptiveCard Card)> All()
    {
        foreach (var language in Enum.GetValues<Language>())
        {
            var suffix = language == Language.English ? "en" : "da";
            yield return ("WelcomeCard.Build", $"welcome-{suffix}", WelcomeCard.Build(language, 5));
            yield return ("HelpCard.Build", $"help-{suffix}", HelpCard.Build(language, SampleCommands(), inGroupConversation: false));
            yield return ("HelpCard.Build", $"help-channel-{suffix}", HelpCard.Build(language, SampleCommands(), inGroupConversation: true));
        }
    }

    private static IEnumerable<IBotCommand> SampleCommands() => [new HelpCommand(null!)];
}
