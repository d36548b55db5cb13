using TrivselsBot.BotConnector;
using TrivselsBot.Localization;

namespace TrivselsBot.Chat;

/// <summary>Finds the command a message asks for; mentions and punctuation around the command word are ignored.</summary>
public sealed class CommandRouter(IEnumerable<IBotCommand> commands)
{
    private readonly IReadOnlyList<IBotCommand> _commands = commands.ToList();

    public IReadOnlyList<IBotCommand> Commands => _commands;

    public CommandMatch? Match(Activity message)
    {
        var text = message.TextWithoutMentions();
        if (string.IsNullOrWhiteSpace(text)) return null;

        var parts = text.Trim().Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries);
        var word = parts[0].Trim('!', '?', '.', ',', ':', '/').ToLowerInvariant();
        var arguments = parts.Length > 1 ? parts[1].Trim() : "";

        foreach (var command in _commands)
        {
            foreach (var language in (Language[])[Language.Danish, Language.English])
            {
                if (command.Word(language) == word) return new CommandMatch(command, language, arguments);
            }
        }
        return null;
    }
}

public sealed record CommandMatch(IBotCommand Command, Language Language, string Arguments);
