using TrivselsBot.Chat;
using TrivselsBot.Localization;
using TrivselsBot.Setup;
using TrivselsBot.Summaries;

namespace TrivselsBot.Groups;

/// <summary>"grupper" / "groups" in a set-up team: the groups card, for those who may change the setup.</summary>
public sealed class GroupsCommand(SetupGate gate) : IBotCommand
{
    public string Word(Language language) => GroupTexts.For(language).Word;

    public string Description(Language language) => GroupTexts.For(language).Description;

    public async Task ExecuteAsync(Turn turn, string arguments, CancellationToken ct)
    {
        if (await gate.EnterAsync(turn, ct) is not { } context) return;
        if (context.Existing is not { } setup)
        {
            await turn.ReplyAsync(GroupTexts.For(turn.Language).NoSetupYet, ct);
            return;
        }
        await turn.ReplyAsync(GroupsCard.Build(turn.Language, context.Members, setup.Groups, new KAnonymity(setup.MinimumGroupSize).K), ct);
    }
}
