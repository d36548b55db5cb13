using System.Text;

namespace TrivselsBot.TableStorage;

/// <summary>Writes an entity group transaction as the multipart/mixed body of a <c>$batch</c> request holding one changeset.</summary>
internal static class TableBatchRequest
{
    public const int MaxActions = 100;

    public static void Validate(IReadOnlyList<TableTransactionAction> actions)
    {
        ArgumentNullException.ThrowIfNull(actions);
        if (actions.Count is 0 or > MaxActions)
        {
            throw new ArgumentException($"A transaction holds 1 to {MaxActions} actions; this one has {actions.Count}.", nameof(actions));
        }

        if (actions.Any(action => action?.Entity is null))
        {
            throw new ArgumentException("Every transaction action needs an entity.", nameof(actions));
        }

        if (actions.Select(action => action.Entity.PartitionKey).Distinct(StringComparer.Ordinal).Skip(1).Any())
        {
            throw new ArgumentException("All actions of a transaction must share one PartitionKey.", nameof(actions));
        }

        var repeated = actions.GroupBy(action => action.Entity.RowKey, StringComparer.Ordinal).FirstOrDefault(group => group.Count() > 1);
        if (repeated is not null)
        {
            throw new ArgumentException($"An entity may appear only once in a transaction; RowKey '{repeated.Key}' appears {repeated.Count()} times.", nameof(actions));
        }
    }

    /// <returns>The body and its Content-Type header.</returns>
    public static (byte[] Body, string ContentType) Write(TablePipeline pipeline, string tableName, IReadOnlyList<TableTransactionAction> actions)
    {
        // The emulator only recognises boundaries named batch_<guid> and changeset_<guid>.
        var batch = $"batch_{Guid.NewGuid()}";
        var changeset = $"changeset_{Guid.NewGuid()}";
        var text = new StringBuilder();
        Line(text, $"--{batch}");
        Line(text, $"Content-Type: multipart/mixed; boundary={changeset}");
        Line(text, string.Empty);
        foreach (var action in actions)
        {
            var request = TableEntityRequest.For(tableName, action);
            Line(text, $"--{changeset}");
            Line(text, "Content-Type: application/http");
            Line(text, "Content-Transfer-Encoding: binary");
            Line(text, string.Empty);
            Line(text, $"{request.Method} {pipeline.Url(request.Path)} HTTP/1.1");
            Line(text, "Accept: application/json;odata=minimalmetadata");
            Line(text, "DataServiceVersion: 3.0");
            if (request.IfMatch is not null)
            {
                Line(text, $"If-Match: {request.IfMatch}");
            }

            if (request.Body is null)
            {
                Line(text, string.Empty);
                continue;
            }

            Line(text, $"Content-Type: {TablePipeline.JsonContentType}");
            Line(text, "Prefer: return-no-content");
            Line(text, string.Empty);
            Line(text, Encoding.UTF8.GetString(TableEntityJson.Serialize(request.Body)));
        }

        Line(text, $"--{changeset}--");
        Line(text, $"--{batch}--");
        return (Encoding.UTF8.GetBytes(text.ToString()), $"multipart/mixed; boundary={batch}");
    }

    private static void Line(StringBuilder text, string line) => text.Append(line).Append("\r\n");
}
