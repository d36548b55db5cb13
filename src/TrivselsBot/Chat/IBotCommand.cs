using TrivselsBot.Localization;

namespace TrivselsBot.Chat;

/// <summary>A text command such as "hjælp". Each command answers in the language of the word the user wrote.</summary>
public interface IBotCommand
{
    /// <summary>The word that starts the command in the given language, lower case.</summary>
    string Word(Language language);

    string Description(Language language);

    Task ExecuteAsync(Turn turn, string arguments, CancellationToken ct);
}
