using System.Text.Json;
using Azure;
using Azure.Core;

namespace TrivselsBot.TableStorage;

/// <summary>Reads the service's <c>{"odata.error":{"code":…,"message":{"value":…}}}</c> error bodies.</summary>
internal sealed class TableErrors : RequestFailedDetailsParser
{
    private static readonly TableErrors Parser = new();

    public static RequestFailedException Failure(Response response) => new(response, null, Parser);

    public static string? Code(Response response) => Parse(response).Code;

    public static (string? Code, string? Message) Parse(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            if (!document.RootElement.TryGetProperty("odata.error", out var error))
            {
                return (null, null);
            }

            var code = error.TryGetProperty("code", out var codeElement) ? codeElement.GetString() : null;
            var message = error.TryGetProperty("message", out var messageElement)
                ? messageElement.ValueKind == JsonValueKind.Object && messageElement.TryGetProperty("value", out var value) ? value.GetString() : messageElement.ToString()
                : null;
            return (code, message);
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }

    public override bool TryParse(Response response, out ResponseError? error, out IDictionary<string, string>? data)
    {
        data = null;
        var (code, message) = Parse(response);
        error = new ResponseError(code, message);
        return code is not null || message is not null;
    }

    // Some failures (authentication in particular) come back as XML whatever the Accept header said; the header still names the code.
    private static (string? Code, string? Message) Parse(Response response)
    {
        var (code, message) = Parse(response.Content.ToString());
        return (code ?? (response.Headers.TryGetValue("x-ms-error-code", out var header) ? header : null), message);
    }
}
