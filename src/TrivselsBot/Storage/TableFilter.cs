using Azure.Data.Tables;

namespace TrivselsBot.Storage;

/// <summary>
/// OData $filter expressions from property names and typed values, so no caller concatenates raw input: values are
/// quoted and typed by the SDK's <see cref="TableClient.CreateQueryFilter(FormattableString)"/>; property names, which
/// it does not escape, must be identifiers.
/// </summary>
public static class TableFilter
{
    public static string Equal(string property, string value) => Compare(property, "eq", value);

    public static string Equal(string property, int value) => Compare(property, "eq", value);

    public static string Equal(string property, long value) => Compare(property, "eq", value);

    public static string Equal(string property, bool value) => Compare(property, "eq", value);

    public static string Equal(string property, Guid value) => Compare(property, "eq", value);

    public static string Equal(string property, DateTimeOffset value) => Compare(property, "eq", value);

    public static string GreaterThanOrEqual(string property, string value) => Compare(property, "ge", value);

    public static string LessThan(string property, string value) => Compare(property, "lt", value);

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

    private static string Compare<T>(string property, string op, T value)
    {
        ArgumentNullException.ThrowIfNull(value);
        ValidateName(property);
        return property + " " + op + " " + TableClient.CreateQueryFilter($"{value}");
    }

    private static void ValidateName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var valid = name.Length is > 0 and <= 255
            && (char.IsLetter(name[0]) || name[0] == '_')
            && name.All(c => char.IsLetterOrDigit(c) || c == '_');
        if (!valid)
        {
            throw new ArgumentException($"'{name}' is not a valid property name: use up to 255 letters, digits or underscores, not starting with a digit.", nameof(name));
        }
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
