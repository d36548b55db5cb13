using System.Text.Json;
using TrivselsBot.Cards;

namespace TrivselsBot.Trio;

/// <summary>Checks what a TRIO member typed before anything is stored.</summary>
public static class TrioItemInput
{
    /// <summary>Null when the text may be stored; else what to tell the person.</summary>
    public static string? TextProblem(string? text, TrioTexts t) =>
        string.IsNullOrWhiteSpace(text) ? t.EmptyText
        : text.Trim().Length > TrioItem.MaxTextLength ? t.TooLong(TrioItem.MaxTextLength)
        : null;

    /// <summary>An action from the card's form: text, an owner among <paramref name="owners"/>, a due date from today on.</summary>
    public static (TrioItem? Item, string? Problem) Action(JsonElement value, IReadOnlyList<TrioMember> owners, string id, DateOnly meeting,
        DateOnly today, DateTimeOffset now, TrioTexts t)
    {
        var blank = new TrioItem { Id = id, Kind = TrioItemKind.Action, Text = "", Meeting = meeting, CreatedAt = now };
        return ActionFields(value, blank, owners, today, t);
    }

    /// <summary>
    /// The item as the edit card's form says it should be, checked as at creation. An owner or due date left as it was
    /// is kept without checking again: fixing a typo must not force a new owner on an action whose owner has left, or a
    /// new date on one that is overdue.
    /// </summary>
    public static (TrioItem? Item, string? Problem) Edited(JsonElement value, TrioItem item, IReadOnlyList<TrioMember> owners, DateOnly today, TrioTexts t)
    {
        if (item.Kind != TrioItemKind.Action)
        {
            var text = CardInput.Text(value, TrioCardData.ActionText);
            return TextProblem(text, t) is { } textProblem ? (null, textProblem) : (item with { Text = text!.Trim() }, null);
        }
        var (edited, problem) = ActionFields(value, item, owners, today, t);
        if (edited is null) return (null, problem);
        var sameOwner = edited.OwnerAadObjectId == item.OwnerAadObjectId;
        // A new owner or date is a new promise: its reminders are given afresh.
        return (sameOwner && edited.Due == item.Due ? edited : edited with { RemindedDueSoon = false, RemindedOverdueWeek = null }, null);
    }

    private static (TrioItem? Item, string? Problem) ActionFields(JsonElement value, TrioItem before, IReadOnlyList<TrioMember> owners, DateOnly today, TrioTexts t)
    {
        var text = CardInput.Text(value, TrioCardData.ActionText);
        if (TextProblem(text, t) is { } problem) return (null, problem);
        var ownerId = CardInput.Text(value, TrioCardData.ActionOwner);
        var keepsOwner = ownerId is not null && string.Equals(ownerId, before.OwnerAadObjectId, StringComparison.OrdinalIgnoreCase);
        var owner = keepsOwner ? null : owners.FirstOrDefault(o => string.Equals(o.AadObjectId, ownerId, StringComparison.OrdinalIgnoreCase));
        if (!keepsOwner && owner is null) return (null, t.UnknownOwner);
        if (!CardInput.Date(CardInput.Text(value, TrioCardData.ActionDue), out var due)) return (null, t.BadDue);
        if (due < today && due != before.Due) return (null, t.DueInPast);
        return (before with
        {
            Text = text!.Trim(),
            OwnerAadObjectId = owner?.AadObjectId ?? before.OwnerAadObjectId,
            OwnerUserId = owner?.UserId ?? before.OwnerUserId,
            OwnerName = owner?.Name ?? before.OwnerName,
            Due = due,
        }, null);
    }
}
