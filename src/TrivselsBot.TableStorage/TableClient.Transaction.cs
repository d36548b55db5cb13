using Azure.Core;

namespace TrivselsBot.TableStorage;

public sealed partial class TableClient
{
    /// <summary>
    /// Applies up to 100 actions on one partition as a single entity group transaction: all are written or none.
    /// A refusal throws <see cref="TableTransactionFailedException"/>.
    /// </summary>
    public async Task<IReadOnlyList<TableWriteResult>> SubmitTransactionAsync(IReadOnlyList<TableTransactionAction> actions, CancellationToken ct = default)
    {
        TableBatchRequest.Validate(actions);
        var (body, contentType) = TableBatchRequest.Write(_pipeline, Name, actions);
        using var message = _pipeline.CreateMessage(RequestMethod.Post, "$batch");
        message.Request.Headers.SetValue(HttpHeader.Names.ContentType, contentType);
        message.Request.Content = RequestContent.Create(body);
        var response = await _pipeline.SendAsync(message, ct).ConfigureAwait(false);
        return TableBatchResponse.Read(response, actions.Count);
    }
}
