using System.Globalization;
using System.Text.Json;

namespace TrivselsBot.TableStorage;

/// <summary>
/// The OData JSON form of entities. Types that JSON cannot carry unambiguously get an "@odata.type" annotation;
/// Double always gets one, since a whole double written as a bare number would be stored as Int32.
/// </summary>
internal static class TableEntityJson
{
    private const string TypeSuffix = "@odata.type";
    private const string DateTimeFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    public static byte[] Serialize(TableEntity entity)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString(TablePropertyName.PartitionKey, entity.PartitionKey);
            writer.WriteString(TablePropertyName.RowKey, entity.RowKey);
            foreach (var (name, value) in entity)
            {
                if (value is not null)
                {
                    WriteProperty(writer, name, value);
                }
            }

            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    public static TableEntity Deserialize(JsonElement json)
    {
        var entity = new TableEntity(
            json.GetProperty(TablePropertyName.PartitionKey).GetString()!,
            json.GetProperty(TablePropertyName.RowKey).GetString()!)
        {
            ETag = json.TryGetProperty("odata.etag", out var etag) ? etag.GetString() : null,
            Timestamp = json.TryGetProperty(TablePropertyName.Timestamp, out var timestamp) ? ParseDateTime(timestamp.GetString()!) : null,
        };

        foreach (var property in json.EnumerateObject())
        {
            var name = property.Name;
            if (TablePropertyName.IsSystem(name) || name.Contains('@', StringComparison.Ordinal) || name.StartsWith("odata.", StringComparison.Ordinal))
            {
                continue;
            }

            var type = json.TryGetProperty(name + TypeSuffix, out var annotation) ? annotation.GetString() : null;
            var value = ReadValue(property.Value, type);
            if (value is not null)
            {
                entity[name] = value;
            }
        }

        return entity;
    }

    private static void WriteProperty(Utf8JsonWriter writer, string name, object value)
    {
        switch (value)
        {
            case string text:
                writer.WriteString(name, text);
                break;
            case int number:
                writer.WriteNumber(name, number);
                break;
            case bool flag:
                writer.WriteBoolean(name, flag);
                break;
            case long number:
                Annotate(writer, name, "Edm.Int64");
                writer.WriteString(name, number.ToString(CultureInfo.InvariantCulture));
                break;
            case double number:
                Annotate(writer, name, "Edm.Double");
                if (double.IsFinite(number))
                {
                    writer.WriteNumber(name, number);
                }
                else
                {
                    writer.WriteString(name, number.ToString(CultureInfo.InvariantCulture));
                }

                break;
            case DateTimeOffset moment:
                Annotate(writer, name, "Edm.DateTime");
                writer.WriteString(name, moment.UtcDateTime.ToString(DateTimeFormat, CultureInfo.InvariantCulture));
                break;
            case Guid guid:
                Annotate(writer, name, "Edm.Guid");
                writer.WriteString(name, guid.ToString("D"));
                break;
            default:
                Annotate(writer, name, "Edm.Binary");
                writer.WriteBase64String(name, (byte[])value);
                break;
        }
    }

    private static void Annotate(Utf8JsonWriter writer, string name, string type) => writer.WriteString(name + TypeSuffix, type);

    private static object? ReadValue(JsonElement value, string? type) => type switch
    {
        _ when value.ValueKind == JsonValueKind.Null => null,
        null => ReadUntyped(value),
        "Edm.String" => value.GetString(),
        "Edm.Int32" => value.GetInt32(),
        "Edm.Boolean" => value.GetBoolean(),
        "Edm.Int64" => long.Parse(value.GetString()!, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture),
        "Edm.Double" => value.ValueKind == JsonValueKind.String
            ? double.Parse(value.GetString()!, NumberStyles.Float, CultureInfo.InvariantCulture)
            : value.GetDouble(),
        "Edm.DateTime" => ParseDateTime(value.GetString()!),
        "Edm.Guid" => Guid.Parse(value.GetString()!),
        "Edm.Binary" => value.GetBytesFromBase64(),
        _ => throw new FormatException($"The service returned a property of the unsupported type '{type}'."),
    };

    private static object? ReadUntyped(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number when value.GetRawText().AsSpan().IndexOfAny('.', 'e', 'E') < 0 && value.TryGetInt32(out var number) => number,
        JsonValueKind.Number => value.GetDouble(),
        _ => throw new FormatException($"The service returned a property of the unsupported JSON kind {value.ValueKind}."),
    };

    private static DateTimeOffset ParseDateTime(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
