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
        var text = CardInput.Text(value, TrioCardData.ActionText);
        if (TextProblem(text, t) is { } problem) return (null, problem);
        var ownerId = CardInput.Text(value, TrioCardData.ActionOwner);
        if (owners.FirstOrDefault(o => string.Equals(o.AadObjectId, ownerId, StringComparison.OrdinalIgnoreCase)) is not { } owner) return (null, t.UnknownOwner);
        if (!CardInput.Date(CardInput.Text(value, TrioCardData.ActionDue), out var due)) return (null, t.BadDue);
        if (due < today) return (null, t.DueInPast);
        return (new TrioItem
        {
            Id = id,
            Kind = TrioItemKind.Action,
            Text = text!.Trim(),
            Meeting = meeting,
            CreatedAt = now,
            OwnerAadObjectId = owner.AadObjectId,
            OwnerUserId = owner.UserId,
            OwnerName = owner.Name,
            Due = due,
        }, null);
    }
}
