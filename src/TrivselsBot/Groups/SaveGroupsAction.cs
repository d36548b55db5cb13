using System.Text.Json;
using TrivselsBot.Chat;
using TrivselsBot.Setup;
using TrivselsBot.Summaries;

namespace TrivselsBot.Groups;

/// <summary>The groups card's "Gem": checks who clicked and every rule, then saves the groups into the team's setup.</summary>
public sealed class SaveGroupsAction(SetupGate gate, TeamSetupStore setups) : ICardAction
{
    public string Name => GroupsCard.Action;

    public async Task HandleAsync(Turn turn, JsonElement value, CancellationToken ct)
    {
        if (await gate.EnterAsync(turn, ct) is not { } context) return;
        var t = GroupTexts.For(turn.Language);
        if (context.Existing is not { } setup)
        {
            await turn.ReplyAsync(t.NoSetupYet, ct);
            return;
        }
        var (groups, problem) = GroupsSubmission.Read(value, context.Members, new KAnonymity(setup.MinimumGroupSize).K, turn.Language);
        if (groups is null)
        {
            await turn.ReplyAsync(t.Invalid(problem!), ct);
            return;
        }
        await setups.SaveAsync(setup with { Groups = groups }, ct);
        await turn.ReplaceCardAsync(new Cards.AdaptiveCard([new Cards.TextBlock(groups.Count == 0 ? t.Removed : t.Saved(groups.Count))]), ct);
    }
}
