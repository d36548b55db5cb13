using TrivselsBot.Chat;
using TrivselsBot.Localization;

namespace TrivselsBot.Teams;

/// <summary>"hjælp" / "help": lists every command the bot understands, with what it does.</summary>
public sealed class HelpCommand(IServiceProvider services) : IBotCommand
{
    public string Word(Language language) => language.Texts().HelpCommand;

    public string Description(Language language) => language.Texts().HelpCommandDescription;

    public Task ExecuteAsync(Turn turn, string arguments, CancellationToken ct)
    {
        var commands = services.GetRequiredService<CommandRouter>().Commands;
        var isGroup = turn.Activity.Conversation?.IsGroup == true;
        return turn.ReplyAsync(HelpCard.Build(turn.Language, commands, isGroup), ct);
    }
}
