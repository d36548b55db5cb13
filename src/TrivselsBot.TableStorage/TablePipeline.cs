using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace TrivselsBot.TableStorage;

/// <summary>Builds requests against one table endpoint with the headers every Table service call needs, and sends them.</summary>
internal sealed class TablePipeline(HttpPipeline pipeline, Uri endpoint)
{
    public const string JsonContentType = "application/json";

    private readonly string _root = endpoint.AbsoluteUri.TrimEnd('/');

    public string Url(string relativePath) => _root + "/" + relativePath;

    public HttpMessage CreateMessage(RequestMethod method, string relativePath)
    {
        var message = pipeline.CreateMessage();
        var request = message.Request;
        request.Method = method;
        request.Uri.Reset(new Uri(Url(relativePath)));
        request.Headers.SetValue("x-ms-version", "2019-02-02");
        request.Headers.SetValue("DataServiceVersion", "3.0");
        request.Headers.SetValue("MaxDataServiceVersion", "3.0;NetFx");
        request.Headers.SetValue(HttpHeader.Names.Accept, "application/json;odata=minimalmetadata");
        return message;
    }

    public async Task<Response> SendAsync(HttpMessage message, CancellationToken cancellationToken)
    {
        await pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
        return message.Response;
    }
}
