using System.Text.Json;
using TrivselsBot.Cards;
using TrivselsBot.Chat;

namespace TrivselsBot.Trio;

/// <summary>The point card's button: stores the point in the chosen TRIO, once per card.</summary>
public sealed class AddPointAction(TrioAccess access, TrioAgendas agendas, TrioStore store, TimeProvider time) : ICardAction
{
    public string Name => TrioPointCard.Action;

    public async Task HandleAsync(Turn turn, JsonElement value, CancellationToken ct)
    {
        if (await access.ForCardAsync(turn, value, ct) is not { } scope) return;
        var t = TrioTexts.For(scope.Team.Language);
        var text = CardInput.Text(value, TrioPointCard.PointText);
        if (TrioItemInput.TextProblem(text, t) is { } problem)
        {
            await turn.ReplyAsync(problem, ct);
            return;
        }
        if (TrioCardData.Op(value) is not { } op)
        {
            await turn.ReplyAsync(t.UnknownCard, ct);
            return;
        }
        var meeting = agendas.NextMeeting(scope.Trio);
        var added = await store.TryAddItemAsync(scope.Trio.Team, TrioItem.Point("p-" + op, text!, meeting, time.GetUtcNow()), ct);
        await turn.ReplyAsync(added ? t.PointAdded(meeting.ToString("dddd d. MMMM", t.Culture)) : t.AlreadyStored, ct);
    }
}
