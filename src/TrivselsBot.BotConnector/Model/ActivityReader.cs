using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace TrivselsBot.BotConnector;

public sealed record ActivityParseResult(Activity? Activity, string? Error)
{
    [MemberNotNullWhen(true, nameof(Activity))]
    public bool Succeeded => Activity is not null;
}

/// <summary>Reads an inbound activity body without ever throwing on bad input.</summary>
public static class ActivityReader
{
    public static ActivityParseResult Parse(ReadOnlySpan<byte> json)
    {
        Activity? activity;
        try
        {
            var reader = new Utf8JsonReader(json);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return new(null, "The body is not a JSON object.");
            }
            activity = JsonSerializer.Deserialize<Activity>(json, BotJson.Options);
        }
        catch (JsonException e)
        {
            return new(null, $"The body is not a valid activity: {e.Message}");
        }
        return string.IsNullOrWhiteSpace(activity?.Type)
            ? new(null, "The activity has no type.")
            : new(activity, null);
    }
}
