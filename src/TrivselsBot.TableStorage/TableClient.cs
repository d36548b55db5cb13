using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Azure;
using Azure.Core;

namespace TrivselsBot.TableStorage;

/// <summary>Operations on one table. Expected conflicts come back as <see cref="TableWriteOutcome"/>s; anything else throws <see cref="RequestFailedException"/>.</summary>
public sealed partial class TableClient
{
    private const int MaxPageSize = 1000;

    private readonly TablePipeline _pipeline;

    internal TableClient(TablePipeline pipeline, string tableName)
    {
        TableKey.ValidateTableName(tableName);
        _pipeline = pipeline;
        Name = tableName;
    }

    public string Name { get; }

    public async Task CreateIfNotExistsAsync(CancellationToken ct = default)
    {
        using var message = _pipeline.CreateMessage(RequestMethod.Post, "Tables");
        message.Request.Headers.SetValue("Prefer", "return-no-content");
        message.Request.Headers.SetValue(HttpHeader.Names.ContentType, TablePipeline.JsonContentType);
        message.Request.Content = RequestContent.Create(JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string> { ["TableName"] = Name }));
        var response = await _pipeline.SendAsync(message, ct).ConfigureAwait(false);
        if (response.IsError && !(response.Status == 409 && TableErrors.Code(response) == "TableAlreadyExists"))
        {
            throw TableErrors.Failure(response);
        }
    }

    public async Task DeleteTableAsync(CancellationToken ct = default)
    {
        using var message = _pipeline.CreateMessage(RequestMethod.Delete, $"Tables('{Name}')");
        var response = await _pipeline.SendAsync(message, ct).ConfigureAwait(false);
        if (response.IsError)
        {
            throw TableErrors.Failure(response);
        }
    }

    public Task<TableWriteResult> InsertAsync(TableEntity entity, CancellationToken ct = default) =>
        WriteAsync(new TableTransactionAction(TableTransactionActionType.Add, entity), ct);

    public Task<TableWriteResult> UpsertAsync(TableEntity entity, TableUpdateMode mode = TableUpdateMode.Replace, CancellationToken ct = default) =>
        WriteAsync(new TableTransactionAction(mode == TableUpdateMode.Merge ? TableTransactionActionType.UpsertMerge : TableTransactionActionType.UpsertReplace, entity), ct);

    /// <summary>Writes only if the stored entity still has <paramref name="ifMatchETag"/> ("*" matches any existing entity).</summary>
    public Task<TableWriteResult> UpdateAsync(TableEntity entity, string ifMatchETag, TableUpdateMode mode = TableUpdateMode.Replace, CancellationToken ct = default) =>
        WriteAsync(new TableTransactionAction(mode == TableUpdateMode.Merge ? TableTransactionActionType.UpdateMerge : TableTransactionActionType.UpdateReplace, entity, ifMatchETag), ct);

    public Task<TableWriteResult> DeleteAsync(string partitionKey, string rowKey, string ifMatchETag = "*", CancellationToken ct = default) =>
        WriteAsync(new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(partitionKey, rowKey), ifMatchETag), ct);

    /// <summary>Returns the entity, or null when there is none with these keys.</summary>
    public async Task<TableEntity?> GetAsync(string partitionKey, string rowKey, IEnumerable<string>? select = null, CancellationToken ct = default)
    {
        TableKey.Validate(partitionKey, nameof(partitionKey));
        TableKey.Validate(rowKey, nameof(rowKey));
        var selected = SelectList(select);
        using var message = _pipeline.CreateMessage(RequestMethod.Get, TableEntityRequest.EntityPath(Name, partitionKey, rowKey));
        AppendSelect(message.Request.Uri, selected);
        var response = await _pipeline.SendAsync(message, ct).ConfigureAwait(false);
        if (response.Status == 404 && TableErrors.Code(response) == "ResourceNotFound")
        {
            return null;
        }

        if (response.IsError)
        {
            throw TableErrors.Failure(response);
        }

        using var document = JsonDocument.Parse(response.Content.ToMemory());
        return TableEntityJson.Deserialize(document.RootElement);
    }

    /// <summary>
    /// Streams the entities matching <paramref name="filter"/> (build it with <see cref="TableFilter"/>), fetching
    /// pages of at most <paramref name="pageSize"/> (1–1000) and following the service's continuation tokens.
    /// </summary>
    public IAsyncEnumerable<TableEntity> QueryAsync(string? filter = null, IEnumerable<string>? select = null, int? pageSize = null, CancellationToken ct = default)
    {
        if (pageSize is < 1 or > MaxPageSize)
        {
            throw new ArgumentOutOfRangeException(nameof(pageSize), pageSize, $"A page holds 1 to {MaxPageSize} entities.");
        }

        return QueryPagesAsync(filter, SelectList(select), pageSize, ct);
    }

    private async IAsyncEnumerable<TableEntity> QueryPagesAsync(string? filter, List<string>? select, int? pageSize, [EnumeratorCancellation] CancellationToken ct)
    {
        string? nextPartitionKey = null;
        string? nextRowKey = null;
        do
        {
            using var message = _pipeline.CreateMessage(RequestMethod.Get, Name + "()");
            var uri = message.Request.Uri;
            if (filter is not null)
            {
                uri.AppendQuery("$filter", filter, escapeValue: true);
            }

            AppendSelect(uri, select);
            if (pageSize is { } top)
            {
                uri.AppendQuery("$top", top.ToString(CultureInfo.InvariantCulture), escapeValue: true);
            }

            if (nextPartitionKey is not null)
            {
                uri.AppendQuery("NextPartitionKey", nextPartitionKey, escapeValue: true);
            }

            if (nextRowKey is not null)
            {
                uri.AppendQuery("NextRowKey", nextRowKey, escapeValue: true);
            }

            var response = await _pipeline.SendAsync(message, ct).ConfigureAwait(false);
            if (response.IsError)
            {
                throw TableErrors.Failure(response);
            }

            nextPartitionKey = response.Headers.TryGetValue("x-ms-continuation-NextPartitionKey", out var partition) ? partition : null;
            nextRowKey = response.Headers.TryGetValue("x-ms-continuation-NextRowKey", out var row) ? row : null;
            var page = ReadPage(response);
            foreach (var entity in page)
            {
                yield return entity;
            }
        }
        while (nextPartitionKey is not null);
    }

    private static List<TableEntity> ReadPage(Response response)
    {
        using var document = JsonDocument.Parse(response.Content.ToMemory());
        return document.RootElement.GetProperty("value").EnumerateArray().Select(TableEntityJson.Deserialize).ToList();
    }

    private async Task<TableWriteResult> WriteAsync(TableTransactionAction action, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(action.Entity, "entity");
        var request = TableEntityRequest.For(Name, action);
        using var message = _pipeline.CreateMessage(request.Method, request.Path);
        var headers = message.Request.Headers;
        if (request.IfMatch is not null)
        {
            headers.SetValue(HttpHeader.Names.IfMatch, request.IfMatch);
        }

        if (request.Body is not null)
        {
            headers.SetValue(HttpHeader.Names.ContentType, TablePipeline.JsonContentType);
            headers.SetValue("Prefer", "return-no-content");
            message.Request.Content = RequestContent.Create(TableEntityJson.Serialize(request.Body));
        }

        var response = await _pipeline.SendAsync(message, ct).ConfigureAwait(false);
        if (!response.IsError)
        {
            return new TableWriteResult(TableWriteOutcome.Success, response.Headers.TryGetValue("ETag", out var etag) ? etag : null);
        }

        var outcome = (response.Status, TableErrors.Code(response)) switch
        {
            (409, "EntityAlreadyExists") => TableWriteOutcome.AlreadyExists,
            (412, _) => TableWriteOutcome.PreconditionFailed,
            (404, "ResourceNotFound") => TableWriteOutcome.NotFound,
            _ => throw TableErrors.Failure(response),
        };
        return new TableWriteResult(outcome, null);
    }

    // The keys are always selected so that every returned entity has them.
    private static List<string>? SelectList(IEnumerable<string>? select)
    {
        if (select is null)
        {
            return null;
        }

        var names = select.Prepend(TablePropertyName.RowKey).Prepend(TablePropertyName.PartitionKey).Distinct(StringComparer.Ordinal).ToList();
        names.ForEach(name => TablePropertyName.Validate(name, nameof(select)));
        return names;
    }

    private static void AppendSelect(RequestUriBuilder uri, List<string>? select)
    {
        if (select is not null)
        {
            uri.AppendQuery("$select", string.Join(',', select), escapeValue: true);
        }
    }
}
