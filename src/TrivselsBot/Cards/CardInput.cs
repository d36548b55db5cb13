using System.Globalization;
using System.Text.Json;

namespace TrivselsBot.Cards;

/// <summary>Card inputs arrive as strings (Input.Number may send "2" or "2.0", Input.Date "yyyy-MM-dd").</summary>
public static class CardInput
{
    /// <summary>The named property as text; null when it is missing, not a string or number, or <paramref name="value"/> is no object.</summary>
    public static string? Text(JsonElement value, string name) =>
        value.ValueKind == JsonValueKind.Object && value.TryGetProperty(name, out var p) ? p.ValueKind switch
        {
            JsonValueKind.String => p.GetString(),
            JsonValueKind.Number => p.GetRawText(),
            _ => null,
        } : null;

    public static bool WholeNumber(string? text, out int number)
    {
        number = 0;
        if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d) || d != decimal.Truncate(d) || d > 1000) return false;
        number = (int)d;
        return true;
    }

    public static bool Date(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
