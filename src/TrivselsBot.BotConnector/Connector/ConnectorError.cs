using System.Text.Json;

namespace TrivselsBot.BotConnector;

/// <summary>Reads the code out of a Bot Connector error body, e.g. <c>{"error":{"code":"BotNotInConversationRoster","message":"…"}}</c>.</summary>
internal static class ConnectorError
{
    /// <summary>Teams nests its most specific code, <c>subCode</c>, at varying depths; it wins over <c>error.code</c>.</summary>
    public static string? CodeOf(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return FindSubCode(document.RootElement) ?? ErrorCode(document.RootElement);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? FindSubCode(JsonElement element)
    {
        var children = element.ValueKind switch
        {
            JsonValueKind.Object => element.EnumerateObject().Select(p =>
                p.NameEquals("subCode") && p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() : FindSubCode(p.Value)),
            JsonValueKind.Array => element.EnumerateArray().Select(FindSubCode),
            _ => [],
        };
        return children.FirstOrDefault(code => !string.IsNullOrEmpty(code));
    }

    private static string? ErrorCode(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return null;
        }
        if (root.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object
            && error.TryGetProperty("code", out var nested) && nested.ValueKind == JsonValueKind.String)
        {
            return nested.GetString();
        }
        return root.TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.String ? code.GetString() : null;
    }
}
