using Microsoft.Extensions.Options;
using TrivselsBot.BotConnector;
using TrivselsBot.Chat;

namespace TrivselsBot.Hosting;

/// <summary>
/// POST /api/messages: every check on an inbound request happens here, once: size, shape, token, tenant.
/// Whatever goes wrong, the caller gets a clear status and never a 500.
/// </summary>
public sealed class MessagesEndpoint(
    IOptions<BotOptions> options,
    InboundAuthenticator authenticator,
    ActivityRouter router,
    ILogger<MessagesEndpoint> log)
{
    public async Task<IResult> HandleAsync(HttpContext http)
    {
        var ct = http.RequestAborted;
        var bot = options.Value;

        var body = await ReadBodyAsync(http.Request, bot.MaxActivityBytes, ct);
        if (body is null) return Error(StatusCodes.Status413PayloadTooLarge, $"The activity is larger than {bot.MaxActivityBytes} bytes.");

        var parsed = ActivityReader.Parse(body);
        if (parsed.Activity is not { } activity) return Error(StatusCodes.Status400BadRequest, parsed.Error ?? "The body is not an activity.");

        if (await authenticator.RefuseAsync(http, activity, ct) is { } refusal)
        {
            return Error(refusal, refusal == StatusCodes.Status403Forbidden ? "This tenant is not allowed." : "Unauthorized.");
        }

        if (InboundActivityRules.MissingFieldFor(activity) is { } missing)
        {
            return Error(StatusCodes.Status400BadRequest, $"The activity has no {missing}.");
        }

        try
        {
            await router.HandleAsync(activity, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            return Results.StatusCode(StatusCodes.Status499ClientClosedRequest);
        }
        catch (Exception e)
        {
            log.LogError(e, "Handling a {Type} activity failed", activity.Type);
            return Error(StatusCodes.Status503ServiceUnavailable, "The bot could not handle the activity right now.");
        }
        return Results.Ok();
    }

    /// <summary>Reads at most <paramref name="limit"/> bytes; null when the body is larger.</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, int limit, CancellationToken ct)
    {
        if (request.ContentLength > limit) return null;
        using var buffer = new MemoryStream(request.ContentLength is { } n ? (int)n : 4096);
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > limit) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static IResult Error(int status, string message) =>
        Results.Json(new { error = message }, statusCode: status);
}
