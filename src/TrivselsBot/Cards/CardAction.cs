using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace TrivselsBot.Cards;

[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(SubmitAction), "Action.Submit")]
[JsonDerivedType(typeof(OpenUrlAction), "Action.OpenUrl")]
public abstract record CardAction(string Title)
{
    public string? Style { get; init; }
}

/// <summary>Sends <see cref="Data"/> plus the card's inputs back to the bot as a message activity.</summary>
public sealed record SubmitAction(string Title, JsonObject Data) : CardAction(Title);

public sealed record OpenUrlAction(string Title, string Url) : CardAction(Title);
