using System.Globalization;
using System.Text;
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
        var word = Fold(parts[0].Trim('!', '?', '.', ',', ':', '/'));
        var arguments = parts.Length > 1 ? parts[1].Trim() : "";

        foreach (var command in _commands)
        {
            foreach (var language in (Language[])[Language.Danish, Language.English])
            {
                if (Fold(command.Word(language)) == word) return new CommandMatch(command, language, arguments);
            }
        }
        return null;
    }

    /// <summary>Lower case without accents, so "resume" finds "resumé" (æ, ø stay as they are; å becomes a on both sides).</summary>
    internal static string Fold(string word) =>
        string.Concat(word.ToLowerInvariant().Normalize(NormalizationForm.FormD)
            .Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark));
}

public sealed record CommandMatch(IBotCommand Command, Language Language, string Arguments);
