using System.Text.Json.Nodes;
using TrivselsBot.Cards;
using TrivselsBot.Localization;

namespace TrivselsBot.Trio;

/// <summary>For a member of several TRIOs: which TRIO the point is for. <c>op</c> becomes the point's id (one point per card).</summary>
public static class TrioPointCard
{
    public const string Action = "trio.point";
    public const string PointText = "pointText";

    public static AdaptiveCard Build(Language language, IReadOnlyList<Choice> trios, string text, string op)
    {
        var t = TrioTexts.For(language);
        return new AdaptiveCard(
        [
            new TextBlock(t.WhichTrio) { Weight = TextWeight.Bolder },
            new ChoiceSetInput("team", trios) { Label = t.TeamLabel, IsRequired = true, ErrorMessage = t.Required, Style = "expanded", Value = trios[0].Value },
            new TextInput(PointText) { Label = t.PointLabel, IsMultiline = true, MaxLength = TrioItem.MaxTextLength, Value = text },
        ],
        [new SubmitAction(t.AddPoint, new JsonObject { ["action"] = Action, ["op"] = op }) { Style = "positive" }]);
    }
}
