using TrivselsBot.Cards;
using TrivselsBot.Chat;
using TrivselsBot.Localization;

namespace TrivselsBot.Teams;

public static class HelpCard
{
    public static AdaptiveCard Build(Language language, IEnumerable<IBotCommand> commands, bool inGroupConversation)
    {
        var t = language.Texts();
        var body = new List<CardElement>
        {
            new TextBlock(t.HelpTitle) { Size = TextSize.Large, Weight = TextWeight.Bolder },
            new FactSet(commands.Select(c => new Fact(c.Word(language), c.Description(language))).ToList()),
        };
        if (inGroupConversation) body.Add(new TextBlock(t.HelpMentionHint) { IsSubtle = true });
        return new AdaptiveCard(body) { Speak = t.HelpTitle };
    }
}
