using TrivselsBot.Chat;
using TrivselsBot.Localization;
using TrivselsBot.Setup;

namespace TrivselsBot.Administration;

/// <summary>"slet data" / "delete data" in a team or group chat, by an owner or an administrator: the confirmation card.</summary>
public sealed class EraseDataCommand(ErasureRights permission, ErasureSeal seal) : IBotCommand
{
    public string Word(Language language) => ErasureTexts.For(language).Word;

    public string Description(Language language) => ErasureTexts.For(language).Description;

    public async Task ExecuteAsync(Turn turn, string arguments, CancellationToken ct)
    {
        var t = ErasureTexts.For(turn.Language);
        if (!arguments.Trim().TrimEnd('.', '!').Equals("data", StringComparison.OrdinalIgnoreCase))
        {
            await turn.ReplyAsync(t.Usage, ct);
            return;
        }
        if (TeamContext.From(turn.Activity) is not { } team)
        {
            await turn.ReplyAsync(t.OnlyInTeams, ct);
            return;
        }
        var right = await permission.CheckAsync(team, turn.Activity, ct);
        if (right != ErasureRight.Allowed)
        {
            await turn.ReplyAsync(right == ErasureRight.RosterUnavailable ? t.RosterUnavailable : t.NotAllowed, ct);
            return;
        }
        await turn.ReplyAsync(ErasureCard.Confirm(turn.Language, seal.Seal(team)), ct);
    }
}
