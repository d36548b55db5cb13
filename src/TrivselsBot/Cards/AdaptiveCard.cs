using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace TrivselsBot.Cards;

/// <summary>An Adaptive Card, schema 1.5 (the highest Teams renders).</summary>
public sealed record AdaptiveCard(IReadOnlyList<CardElement> Body, IReadOnlyList<CardAction>? Actions = null)
{
    public const string SchemaVersion = "1.5";

    [JsonPropertyName("$schema")]
    public string Schema => "http://adaptivecards.io/schemas/adaptive-card.json";

    public string Type => "AdaptiveCard";

    public string Version => SchemaVersion;

    /// <summary>Speech and notification preview text.</summary>
    public string? Speak { get; init; }

    public JsonObject ToJson() => JsonSerializer.SerializeToNode(this, CardJson.Options)!.AsObject();
}

internal static class CardJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };
}
