using System.Text.Json;
using TrivselsBot.Cards;
using TrivselsBot.Chat;
using TrivselsBot.Summaries;

namespace TrivselsBot.Trio;

/// <summary>"Ret" on the agenda: the item's edit card, built from the item as stored now (the agenda clicked may be old).</summary>
public sealed class OpenItemEditorAction(TrioAccess access, TrioAgendas agendas, TrioStore store) : ICardAction
{
    public string Name => TrioCardData.OpenEditor;

    public async Task HandleAsync(Turn turn, JsonElement value, CancellationToken ct)
    {
        if (await access.ForCardAsync(turn, value, ct) is not { } scope) return;
        var t = TrioTexts.For(scope.Team.Language);
        var id = TrioCardData.Item(value);
        var item = id is null ? null : await store.GetItemAsync(scope.Trio.Team, id, ct);
        if (item is null || item.Kind == TrioItemKind.Decision) await turn.ReplyAsync(t.UnknownItem, ct);
        else if (item.IsWithdrawn) await turn.ReplyAsync(t.ItemWithdrawn, ct);
        else if (!item.IsOpen) await turn.ReplyAsync(t.EditOnlyOpen, ct);
        else
        {
            var owners = await agendas.OwnersAsync(scope.Trio, scope.Team, ct);
            await turn.ReplyAsync(TrioItemEditCard.Build(scope.Team.Language, item, scope.Trio.Team.Key, agendas.NextMeeting(scope.Trio),
                [.. owners.Select(o => new Choice(o.Name, o.AadObjectId))], agendas.Today), ct);
        }
    }
}

/// <summary>
/// A TRIO member's correction of an item (edit, withdraw, reopen). Each is noted in the audit trail: who, which team
/// and what was done, never the item's text.
/// </summary>
public abstract class TrioItemCorrection(TrioAccess access, TrioAgendas agendas, TrioStore store, SummaryAudit audit) : TrioItemChange(access, agendas, store)
{
    /// <summary>What the audit trail says was done.</summary>
    protected abstract AuditOutcome Outcome { get; }

    protected override Task ChangedAsync(TrioScope scope, TrioItem item, CancellationToken ct) =>
        audit.RecordAsync(scope.Trio.Team.TenantId, scope.Member.AadObjectId, AuditWhat.TrioItem, scope.Trio.Team.ConversationId, Outcome,
            new AuditNames(scope.Member.Name, scope.Team.Name), ct);
}

/// <summary>"Gem rettelsen": new text (and, for an action, owner and due date), checked as at creation.</summary>
public sealed class EditItemAction(TrioAccess access, TrioAgendas agendas, TrioStore store, SummaryAudit audit) : TrioItemCorrection(access, agendas, store, audit)
{
    private readonly TrioAgendas _agendas = agendas;

    public override string Name => TrioCardData.Edit;

    protected override AuditOutcome Outcome => AuditOutcome.Edited;

    protected override async Task<(TrioItem?, string)> ChangeAsync(TrioScope scope, TrioItem item, JsonElement value, DateOnly meeting, TrioTexts t, CancellationToken ct)
    {
        if (!item.IsOpen) return (null, t.EditOnlyOpen);
        var owners = item.Kind == TrioItemKind.Action ? await _agendas.OwnersAsync(scope.Trio, scope.Team, ct) : [];
        var (edited, problem) = TrioItemInput.Edited(value, item, owners, _agendas.Today, t);
        if (edited is null) return (null, problem!);
        // The same form sent again (a double click) finds the item already as it asks.
        return edited.Version == item.Version ? (null, t.AlreadyStored) : (edited, t.Edited(edited.Text));
    }
}

/// <summary>"Fjern": the item is marked withdrawn (who, in which role, when) and leaves agendas, reminders and minutes.</summary>
public sealed class WithdrawItemAction(TrioAccess access, TrioAgendas agendas, TrioStore store, SummaryAudit audit, TimeProvider time)
    : TrioItemCorrection(access, agendas, store, audit)
{
    public override string Name => TrioCardData.Withdraw;

    protected override AuditOutcome Outcome => AuditOutcome.Withdrawn;

    protected override Task<(TrioItem?, string)> ChangeAsync(TrioScope scope, TrioItem item, JsonElement value, DateOnly meeting, TrioTexts t, CancellationToken ct) =>
        Task.FromResult<(TrioItem?, string)>(item.IsOpen
            ? (item with { WithdrawnAt = time.GetUtcNow(), WithdrawnByAadObjectId = scope.Member.AadObjectId, WithdrawnByRoles = scope.Member.Roles },
                t.WithdrawnFromAgenda(item.Text))
            : (null, t.EditOnlyOpen));
}

/// <summary>"Genåbn" on the minutes: a finished action or point is open again, back on the agenda; the minutes are shown afresh.</summary>
public sealed class ReopenItemAction(TrioAccess access, TrioAgendas agendas, TrioStore store, SummaryAudit audit, TrioMinutesService minutes)
    : TrioItemCorrection(access, agendas, store, audit)
{
    public override string Name => TrioCardData.Reopen;

    protected override AuditOutcome Outcome => AuditOutcome.Reopened;

    protected override Task<(TrioItem?, string)> ChangeAsync(TrioScope scope, TrioItem item, JsonElement value, DateOnly meeting, TrioTexts t, CancellationToken ct) =>
        Task.FromResult<(TrioItem?, string)>(item.DoneInMeeting is null ? (null, t.AlreadyOpen) : (item with { DoneInMeeting = null }, t.Reopened(item.Text)));

    protected override Task<AdaptiveCard> RefreshedCardAsync(TrioScope scope, CancellationToken ct) => minutes.CardAsync(scope, scope.Team.Language, ct);
}
