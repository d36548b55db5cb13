using System.Text.Json.Nodes;
using TrivselsBot.Cards;
using TrivselsBot.Localization;

namespace TrivselsBot.Administration;

public static class ErasureCard
{
    public const string ConfirmAction = "erasure.confirm";
    public const string CancelAction = "erasure.cancel";

    /// <summary>What will be deleted and that it cannot be undone; "Slet alt" carries the seal that binds it to the team.</summary>
    public static AdaptiveCard Confirm(Language language, SealedErasure seal)
    {
        var t = ErasureTexts.For(language);
        return new AdaptiveCard(
            [
                new TextBlock(t.ConfirmTitle) { Size = TextSize.Medium, Weight = TextWeight.Bolder },
                new TextBlock(t.WhatGoes),
                new TextBlock(string.Join("\n", t.Deleted.Select(line => "- " + line))),
                new TextBlock(t.WhatStays) { IsSubtle = true },
                new TextBlock(t.CannotBeUndone) { Weight = TextWeight.Bolder, Color = TextColor.Attention },
            ],
            [
                new SubmitAction(t.EraseAll, new JsonObject { ["action"] = ConfirmAction, ["expires"] = seal.Expires, ["seal"] = seal.Mac }) { Style = "destructive" },
                new SubmitAction(t.Cancel, new JsonObject { ["action"] = CancelAction }),
            ]);
    }

    /// <summary>Takes the place of the confirmation card once it was answered, so its buttons are gone.</summary>
    public static AdaptiveCard Outcome(string text) => new([new TextBlock(text)]);
}
