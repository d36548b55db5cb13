using System.Text.Json;
using TrivselsBot.Chat;
using TrivselsBot.Setup;

namespace TrivselsBot.Administration;

/// <summary>
/// "Slet alt": erases the team the card was sealed for, when pressed in that team by an owner or an administrator.
/// Pressed again after a failure, it finishes the same erasure.
/// </summary>
public sealed class ConfirmErasureAction(ErasureSeal seal, ErasureRights permission, TeamErasure erasure) : ICardAction
{
    public string Name => ErasureCard.ConfirmAction;

    public async Task HandleAsync(Turn turn, JsonElement value, CancellationToken ct)
    {
        var t = ErasureTexts.For(turn.Language);
        if (TeamContext.From(turn.Activity) is not { } team)
        {
            await turn.ReplyAsync(t.OnlyInTeams, ct);
            return;
        }
        var expires = value.TryGetProperty("expires", out var e) && e.ValueKind == JsonValueKind.Number && e.TryGetInt64(out var x) ? x : 0;
        var mac = value.TryGetProperty("seal", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
        if (!seal.Verify(team, expires, mac))
        {
            await turn.ReplyAsync(t.CardNotForThisTeam, ct);
            return;
        }
        var who = turn.Activity.From?.AadObjectId;
        var right = await permission.CheckAsync(team, turn.Activity, ct);
        if (right != ErasureRight.Allowed)
        {
            await turn.ReplyAsync(right == ErasureRight.RosterUnavailable ? t.RosterUnavailable : t.NotAllowed, ct);
            return;
        }
        var done = await erasure.EraseAsync(team, who!, ct);
        await turn.ReplaceCardAsync(ErasureCard.Outcome(t.Done(done.AuditName)), ct);
    }
}

/// <summary>"Fortryd": the card says nothing was deleted and loses its buttons.</summary>
public sealed class CancelErasureAction : ICardAction
{
    public string Name => ErasureCard.CancelAction;

    public Task HandleAsync(Turn turn, JsonElement value, CancellationToken ct) =>
        turn.ReplaceCardAsync(ErasureCard.Outcome(ErasureTexts.For(turn.Language).Cancelled), ct);
}
