using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace TrivselsBot.TableStorage;

/// <summary>
/// One table entity: its keys, the service-managed ETag and Timestamp, and a dictionary of custom properties.
/// Property values are string, int, long, double, bool, DateTimeOffset (DateTime is converted), Guid or byte[];
/// a null value is not sent, so a Replace drops that property.
/// </summary>
[SuppressMessage("Naming", "CA1710:Identifiers should have correct suffix", Justification = "An entity is the domain name; the dictionary is how its properties are reached.")]
public sealed partial class TableEntity
{
    private readonly Dictionary<string, object?> _properties = new(StringComparer.Ordinal);

    public TableEntity(string partitionKey, string rowKey)
    {
        TableKey.Validate(partitionKey, nameof(partitionKey));
        TableKey.Validate(rowKey, nameof(rowKey));
        PartitionKey = partitionKey;
        RowKey = rowKey;
    }

    public string PartitionKey { get; }

    public string RowKey { get; }

    public string? ETag { get; init; }

    public DateTimeOffset? Timestamp { get; init; }

    public string? GetString(string key) => GetReference<string>(key);

    public byte[]? GetBinary(string key) => GetReference<byte[]>(key);

    public int? GetInt32(string key) => GetValue<int>(key);

    public bool? GetBoolean(string key) => GetValue<bool>(key);

    public DateTimeOffset? GetDateTimeOffset(string key) => GetValue<DateTimeOffset>(key);

    public Guid? GetGuid(string key) => GetValue<Guid>(key);

    // An Int64 or Double that happens to be small or whole may have been written by another client as a plain JSON number.
    public long? GetInt64(string key) => _properties.GetValueOrDefault(key) switch
    {
        null => null,
        long value => value,
        int value => value,
        var other => throw Mismatch(key, other, "long"),
    };

    public double? GetDouble(string key) => _properties.GetValueOrDefault(key) switch
    {
        null => null,
        double value => value,
        int value => value,
        var other => throw Mismatch(key, other, "double"),
    };

    private T? GetReference<T>(string key)
        where T : class => _properties.GetValueOrDefault(key) switch
        {
            null => null,
            T value => value,
            var other => throw Mismatch(key, other, typeof(T).Name),
        };

    private T? GetValue<T>(string key)
        where T : struct => _properties.GetValueOrDefault(key) switch
        {
            null => null,
            T value => value,
            var other => throw Mismatch(key, other, typeof(T).Name),
        };

    private static InvalidCastException Mismatch(string key, object value, string wanted) =>
        new($"Property '{key}' holds a {value.GetType().Name}, not a {wanted}.");

    private static object? Normalize(string key, object? value) => value switch
    {
        null or string or int or long or double or bool or Guid or byte[] => value,
        DateTimeOffset moment => moment.ToUniversalTime(),
        DateTime { Kind: DateTimeKind.Unspecified } => throw new ArgumentException(
            $"Property '{key}' is a DateTime of unspecified kind; use a UTC DateTime or a DateTimeOffset.", nameof(value)),
        DateTime moment => new DateTimeOffset(moment.ToUniversalTime()),
        _ => throw new ArgumentException(
            string.Create(CultureInfo.InvariantCulture, $"Property '{key}' is a {value.GetType().Name}, which a table cannot store; use string, int, long, double, bool, DateTimeOffset, DateTime, Guid or byte[]."),
            nameof(value)),
    };

    private static void ValidateName(string key)
    {
        TablePropertyName.Validate(key, nameof(key));
        if (TablePropertyName.IsSystem(key))
        {
            throw new ArgumentException($"'{key}' is a system property; it is not part of the property dictionary.", nameof(key));
        }
    }
}
