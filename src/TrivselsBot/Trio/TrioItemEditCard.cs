using System.Globalization;
using System.Text.Json.Nodes;
using TrivselsBot.Cards;
using TrivselsBot.Localization;

namespace TrivselsBot.Trio;

/// <summary>
/// "Ret": one open item's own card, sent on request from the agenda rather than folded into it (a form per item there
/// would repeat the owner list, up to <see cref="TrioAgendas.MostRosterOwners"/> names, once per item and outgrow Teams'
/// message size). Both buttons carry the version of the item the card shows, so a card acted on after someone else
/// changed the item stores nothing.
/// </summary>
public static class TrioItemEditCard
{
    public static AdaptiveCard Build(Language language, TrioItem item, string teamKey, DateOnly meeting, IReadOnlyList<Choice> owners, DateOnly today)
    {
        var t = TrioTexts.For(language);
        JsonObject Data(string action) => TrioAgendaCard.WithItem(new JsonObject
        {
            ["action"] = action, ["team"] = teamKey, ["meeting"] = TrioCardData.Meeting(meeting), [TrioCardData.Seen] = item.Version,
        }, item.Id);
        var body = new List<CardElement>
        {
            new TextBlock(t.EditTitle(item.Kind)) { Size = TextSize.Large, Weight = TextWeight.Bolder },
            new TextInput(TrioCardData.ActionText)
            {
                Label = item.Kind == TrioItemKind.Action ? t.ActionTextLabel : t.PointLabel, IsMultiline = true, MaxLength = TrioItem.MaxTextLength, Value = item.Text,
            },
        };
        if (item.Kind == TrioItemKind.Action)
        {
            // The owner stays choosable even when no longer among the owners offered (left the team, or the team grew big).
            var choices = owners.Any(o => string.Equals(o.Value, item.OwnerAadObjectId, StringComparison.OrdinalIgnoreCase)) || item.OwnerAadObjectId is null
                ? owners
                : [new Choice(item.OwnerName ?? "", item.OwnerAadObjectId), .. owners];
            body.Add(new ChoiceSetInput(TrioCardData.ActionOwner, choices) { Label = t.OwnerLabel, Style = "filtered", Value = item.OwnerAadObjectId });
            var earliest = item.Due is { } due && due < today ? due : today;
            body.Add(new DateInput(TrioCardData.ActionDue)
            {
                Label = t.DueLabel, Value = item.Due?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Min = earliest.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            });
        }
        body.Add(new TextBlock(t.WithdrawNote) { Size = TextSize.Small, IsSubtle = true });
        return new AdaptiveCard(body,
        [
            new SubmitAction(t.SaveEdit, Data(TrioCardData.Edit)) { Style = "positive" },
            new SubmitAction(t.Withdraw, Data(TrioCardData.Withdraw)) { Style = "destructive" },
        ]);
    }
}
