using System.Globalization;
using System.Text.RegularExpressions;
using Azure;

namespace TrivselsBot.TableStorage;

/// <summary>Reads the multipart/mixed answer to a <c>$batch</c> request: one HTTP response per action, or the one that failed.</summary>
internal static partial class TableBatchResponse
{
    public static List<TableWriteResult> Read(Response response, int actionCount)
    {
        if (response.IsError)
        {
            throw Failed(response.Status, response.Content.ToString(), response.Headers.TryGetValue("x-ms-error-code", out var code) ? code : null);
        }

        var boundary = BoundaryOf(response.Headers.ContentType)
            ?? throw new RequestFailedException(response.Status, "The transaction's response is not multipart/mixed.");
        var results = new List<InnerResponse>();
        Collect(response.Content.ToString().ReplaceLineEndings("\n"), boundary, results);

        var failure = results.Find(result => result.Status >= 300);
        if (failure is not null)
        {
            throw Failed(failure.Status, failure.Body, null);
        }

        return results.Count == actionCount
            ? results.ConvertAll(result => new TableWriteResult(TableWriteOutcome.Success, result.ETag))
            : throw new RequestFailedException(response.Status, $"The transaction's response held {results.Count} results for {actionCount} actions.");
    }

    private static void Collect(string body, string boundary, List<InnerResponse> results)
    {
        var segments = body.Split("--" + boundary);
        foreach (var segment in segments.Skip(1).TakeWhile(segment => !segment.StartsWith("--", StringComparison.Ordinal)))
        {
            var (headers, content) = SplitHeaders(segment.Trim());
            var nested = BoundaryOf(headers.GetValueOrDefault("Content-Type"));
            if (nested is not null)
            {
                Collect(content, nested, results);
            }
            else
            {
                results.Add(InnerResponse.Parse(content));
            }
        }
    }

    private static (Dictionary<string, string> Headers, string Content) SplitHeaders(string text)
    {
        var end = text.IndexOf("\n\n", StringComparison.Ordinal);
        var headerText = end < 0 ? text : text[..end];
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in headerText.Split('\n'))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
            }
        }

        return (headers, end < 0 ? string.Empty : text[(end + 2)..]);
    }

    private static string? BoundaryOf(string? contentType)
    {
        var match = contentType is null ? null : BoundaryPattern().Match(contentType);
        return match is { Success: true } ? match.Groups[1].Value : null;
    }

    private static TableTransactionFailedException Failed(int status, string body, string? headerCode)
    {
        var (code, message) = TableErrors.Parse(body);
        code ??= headerCode;
        var index = message is null ? null : IndexPattern().Match(message) switch
        {
            { Success: true } match => (int?)int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture),
            _ => null,
        };
        var where = index is null ? string.Empty : $" at action {index}";
        return new TableTransactionFailedException(status, $"The transaction failed{where} with {status} {code}: {message}", code, index);
    }

    [GeneratedRegex("""boundary="?([^";]+)"?""", RegexOptions.IgnoreCase)]
    private static partial Regex BoundaryPattern();

    [GeneratedRegex(@"^(\d+):")]
    private static partial Regex IndexPattern();

    private sealed record InnerResponse(int Status, string? ETag, string Body)
    {
        public static InnerResponse Parse(string http)
        {
            var statusLineEnd = http.IndexOf('\n', StringComparison.Ordinal);
            var statusLine = statusLineEnd < 0 ? http : http[..statusLineEnd];
            var status = int.Parse(statusLine.Split(' ')[1], CultureInfo.InvariantCulture);
            var (headers, body) = SplitHeaders(statusLineEnd < 0 ? string.Empty : http[(statusLineEnd + 1)..]);
            return new InnerResponse(status, headers.GetValueOrDefault("ETag"), body);
        }
    }
}
