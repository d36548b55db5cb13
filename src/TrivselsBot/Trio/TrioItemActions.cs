using System.Text.Json;
using TrivselsBot.Cards;
using TrivselsBot.Chat;

namespace TrivselsBot.Trio;

/// <summary>
/// The agenda card's buttons. Each checks that a TRIO member clicked where TRIO content may be, stores one row (a new
/// item inserted under the card's id, or an item updated under its ETag), then answers and shows the agenda afresh.
/// </summary>
public abstract class TrioItemAction(TrioAccess access, TrioAgendas agendas) : ICardAction
{
    public abstract string Name { get; }

    public async Task HandleAsync(Turn turn, JsonElement value, CancellationToken ct)
    {
        if (await access.ForCardAsync(turn, value, ct) is not { } scope) return;
        // The team's language, not the activity's locale: the card was written in it, and clients may report any locale.
        var t = TrioTexts.For(scope.Team.Language);
        if (!CardInput.Date(CardInput.Text(value, "meeting"), out var meeting))
        {
            await turn.ReplyAsync(t.UnknownCard, ct);
            return;
        }
        var (answer, changed) = await ActAsync(scope, value, meeting, t, ct);
        await turn.ReplyAsync(answer, ct);
        if (changed) await turn.ReplaceCardAsync(await RefreshedCardAsync(scope, ct), ct);
    }

    /// <summary>What the clicked card becomes after a change: the agenda as it is now.</summary>
    protected virtual Task<AdaptiveCard> RefreshedCardAsync(TrioScope scope, CancellationToken ct) =>
        agendas.CardAsync(scope.Trio, scope.Team, scope.Team.Language, ct);

    /// <returns>What to tell the person, and whether anything was stored.</returns>
    protected abstract Task<(string Answer, bool Changed)> ActAsync(TrioScope scope, JsonElement value, DateOnly meeting, TrioTexts t, CancellationToken ct);
}

public sealed class RecordDecisionAction(TrioAccess access, TrioAgendas agendas, TrioStore store, TimeProvider time) : TrioItemAction(access, agendas)
{
    public override string Name => TrioCardData.RecordDecision;

    protected override async Task<(string, bool)> ActAsync(TrioScope scope, JsonElement value, DateOnly meeting, TrioTexts t, CancellationToken ct)
    {
        var text = CardInput.Text(value, TrioCardData.DecisionText);
        if (TrioItemInput.TextProblem(text, t) is { } problem) return (problem, false);
        if (TrioCardData.Op(value) is not { } op) return (t.UnknownCard, false);
        var item = new TrioItem { Id = "d-" + op, Kind = TrioItemKind.Decision, Text = text!.Trim(), Meeting = meeting, CreatedAt = time.GetUtcNow() };
        if (await store.TryAddItemAsync(scope.Trio.Team, item, ct)) return (t.DecisionRecorded, true);
        return await UsedForAnotherAsync(store, scope, item, t, ct);
    }

    /// <summary>
    /// The card's id is taken. The same text is a double click (nothing more to do); another text means someone else used
    /// this card first (in the TRIO chat): say so and refresh the card, so nothing typed is silently dropped.
    /// </summary>
    internal static async Task<(string, bool)> UsedForAnotherAsync(TrioStore store, TrioScope scope, TrioItem item, TrioTexts t, CancellationToken ct) =>
        await store.GetItemAsync(scope.Trio.Team, item.Id, ct) is { } stored && stored.Text != item.Text
            ? (t.CardUsedForAnother, true)
            : (t.AlreadyStored, false);
}

public sealed class CreateActionItemAction(TrioAccess access, TrioAgendas agendas, TrioStore store, TimeProvider time) : TrioItemAction(access, agendas)
{
    private readonly TrioAgendas _agendas = agendas;

    public override string Name => TrioCardData.CreateAction;

    protected override async Task<(string, bool)> ActAsync(TrioScope scope, JsonElement value, DateOnly meeting, TrioTexts t, CancellationToken ct)
    {
        if (TrioCardData.Op(value) is not { } op) return (t.UnknownCard, false);
        var owners = await _agendas.OwnersAsync(scope.Trio, scope.Team, ct);
        var (item, problem) = TrioItemInput.Action(value, owners, "a-" + op, meeting, _agendas.Today, time.GetUtcNow(), t);
        if (item is null) return (problem!, false);
        if (await store.TryAddItemAsync(scope.Trio.Team, item, ct)) return (t.ActionCreated(item.OwnerName ?? "", item.Due!.Value), true);
        return await RecordDecisionAction.UsedForAnotherAsync(store, scope, item, t, ct);
    }
}

/// <summary>
/// A change to one item, made once whatever card or click asks for it again. A card that carries the version of the
/// item it showed (<see cref="TrioCardData.Seen"/>) changes nothing once someone else has changed the item since.
/// </summary>
public abstract class TrioItemChange(TrioAccess access, TrioAgendas agendas, TrioStore store) : TrioItemAction(access, agendas)
{
    protected override async Task<(string, bool)> ActAsync(TrioScope scope, JsonElement value, DateOnly meeting, TrioTexts t, CancellationToken ct)
    {
        var id = TrioCardData.Item(value);
        var seen = CardInput.Text(value, TrioCardData.Seen);
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var item = id is null ? null : await store.GetItemAsync(scope.Trio.Team, id, ct);
            if (item is null) return (t.UnknownItem, false);
            if (item.IsWithdrawn) return (t.ItemWithdrawn, false);
            var (changed, answer) = await ChangeAsync(scope, item, value, meeting, t, ct);
            if (changed is null) return (answer, false);
            if (seen is not null && seen != item.Version) return (t.ChangedByAnother, false);
            if (await store.TryUpdateItemAsync(scope.Trio.Team, changed, ct))
            {
                await ChangedAsync(scope, changed, ct);
                return (answer, true);
            }
        }
        return (t.TryAgain, false);
    }

    /// <summary>The changed item and what to say, or no item and why nothing changes (already so, or bad input).</summary>
    protected abstract Task<(TrioItem? Changed, string Answer)> ChangeAsync(TrioScope scope, TrioItem item, JsonElement value, DateOnly meeting,
        TrioTexts t, CancellationToken ct);

    /// <summary>After the change is stored.</summary>
    protected virtual Task ChangedAsync(TrioScope scope, TrioItem item, CancellationToken ct) => Task.CompletedTask;
}

public sealed class MarkDoneAction(TrioAccess access, TrioAgendas agendas, TrioStore store) : TrioItemChange(access, agendas, store)
{
    public override string Name => TrioCardData.MarkDone;

    protected override Task<(TrioItem?, string)> ChangeAsync(TrioScope scope, TrioItem item, JsonElement value, DateOnly meeting, TrioTexts t, CancellationToken ct) =>
        Task.FromResult<(TrioItem?, string)>(item.IsOpen ? (item with { DoneInMeeting = meeting }, t.MarkedDone(item.Text)) : (null, t.AlreadyDone));
}

public sealed class SendToMedAction(TrioAccess access, TrioAgendas agendas, TrioStore store) : TrioItemChange(access, agendas, store)
{
    public override string Name => TrioCardData.SendToMed;

    protected override Task<(TrioItem?, string)> ChangeAsync(TrioScope scope, TrioItem item, JsonElement value, DateOnly meeting, TrioTexts t, CancellationToken ct) =>
        Task.FromResult<(TrioItem?, string)>(item.SentToMedInMeeting is null
            ? (item with { SentToMedInMeeting = meeting }, t.MarkedForMed(item.Text))
            : (null, t.AlreadyDone));
}
