using System.Globalization;

namespace TrivselsBot.TableStorage;

/// <summary>
/// Builds OData $filter expressions from property names and typed values, so no caller concatenates raw input:
/// property names must be identifiers and string literals have their quotes doubled.
/// </summary>
public static class TableFilter
{
    public static string Equal(string property, string value) => Compare(property, "eq", Quote(value));

    public static string Equal(string property, int value) => Compare(property, "eq", value.ToString(CultureInfo.InvariantCulture));

    public static string Equal(string property, long value) => Compare(property, "eq", value.ToString(CultureInfo.InvariantCulture) + "L");

    public static string Equal(string property, bool value) => Compare(property, "eq", value ? "true" : "false");

    public static string Equal(string property, Guid value) => Compare(property, "eq", $"guid'{value:D}'");

    public static string Equal(string property, DateTimeOffset value) =>
        Compare(property, "eq", $"datetime'{value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture)}'");

    public static string GreaterThanOrEqual(string property, string value) => Compare(property, "ge", Quote(value));

    public static string LessThan(string property, string value) => Compare(property, "lt", Quote(value));

    /// <summary>
    /// Strings starting with <paramref name="prefix"/>, as the range [prefix, prefix with its last character incremented),
    /// which matches exactly under the service's ordinal string order.
    /// </summary>
    public static string StartsWith(string property, string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        var stem = prefix.TrimEnd(char.MaxValue);
        return stem.Length == 0
            ? GreaterThanOrEqual(property, prefix)
            : And(GreaterThanOrEqual(property, prefix), LessThan(property, stem[..^1] + (char)(stem[^1] + 1)));
    }

    public static string And(params string[] filters) => Combine("and", filters);

    public static string Or(params string[] filters) => Combine("or", filters);

    private static string Compare(string property, string op, string literal)
    {
        TablePropertyName.Validate(property, nameof(property));
        return $"{property} {op} {literal}";
    }

    private static string Quote(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return $"'{value.Replace("'", "''", StringComparison.Ordinal)}'";
    }

    private static string Combine(string op, string[] filters)
    {
        ArgumentNullException.ThrowIfNull(filters);
        if (filters.Length == 0 || filters.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException($"'{op}' needs at least one non-empty filter.", nameof(filters));
        }

        return filters.Length == 1 ? filters[0] : string.Join($" {op} ", filters.Select(filter => $"({filter})"));
    }
}
