using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;
using Polly.Retry;

namespace TrivselsBot.BotConnector;

/// <summary>
/// The Bot Connector v3 REST API. Throttling (429, honouring Retry-After) and transient failures are retried;
/// HTTP failures come back as a <see cref="ConnectorResult{T}"/>, never as exceptions.
/// </summary>
public sealed class ConnectorClient
{
    private readonly HttpClient http;
    private readonly IConnectorTokenProvider tokens;
    private readonly ConnectorClientOptions options;
    private readonly TimeProvider time;
    private readonly ILogger logger;
    private readonly ResiliencePipeline<HttpResponseMessage> pipeline;

    public ConnectorClient(HttpClient http, IConnectorTokenProvider tokens, ConnectorClientOptions options, TimeProvider time, ILogger<ConnectorClient>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentOutOfRangeException.ThrowIfNegative(options.MaxRetries, nameof(options) + "." + nameof(options.MaxRetries));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.BaseDelay, TimeSpan.Zero, nameof(options) + "." + nameof(options.BaseDelay));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxDelay, options.BaseDelay, nameof(options) + "." + nameof(options.MaxDelay));

        this.http = http;
        this.tokens = tokens;
        this.options = options;
        this.time = time;
        this.logger = logger ?? (ILogger)NullLogger.Instance;
        pipeline = BuildPipeline();
    }

    public Task<ConnectorResult<ResourceResponse>> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken ct = default) =>
        SendAsync<ResourceResponse>(HttpMethod.Post, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities", Json(activity), ct);

    public Task<ConnectorResult<ResourceResponse>> ReplyToActivityAsync(string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken ct = default) =>
        SendAsync<ResourceResponse>(HttpMethod.Post, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(replyToId)}", Json(activity), ct);

    public Task<ConnectorResult<ResourceResponse>> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken ct = default) =>
        SendAsync<ResourceResponse>(HttpMethod.Put, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}", Json(activity), ct);

    public Task<ConnectorResult<bool>> DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken ct = default) =>
        SendAsync(HttpMethod.Delete, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}", null, static (_, _) => Task.FromResult(true), ct);

    public Task<ConnectorResult<ConversationResourceResponse>> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken ct = default) =>
        SendAsync<ConversationResourceResponse>(HttpMethod.Post, serviceUrl, "v3/conversations", Json(parameters), ct);

    public Task<ConnectorResult<PagedMembersResult>> GetPagedMembersAsync(string serviceUrl, string conversationId, int? pageSize, string? continuationToken, CancellationToken ct = default)
    {
        var query = new List<string>();
        if (pageSize is { } size)
        {
            query.Add("pageSize=" + size.ToString(CultureInfo.InvariantCulture));
        }
        if (!string.IsNullOrEmpty(continuationToken))
        {
            query.Add("continuationToken=" + Uri.EscapeDataString(continuationToken));
        }
        var path = $"v3/conversations/{Escape(conversationId)}/pagedmembers" + (query.Count > 0 ? "?" + string.Join('&', query) : "");
        return SendAsync<PagedMembersResult>(HttpMethod.Get, serviceUrl, path, null, ct);
    }

    public Task<ConnectorResult<TeamDetails>> GetTeamDetailsAsync(string serviceUrl, string teamId, CancellationToken ct = default) =>
        SendAsync<TeamDetails>(HttpMethod.Get, serviceUrl, $"v3/teams/{Escape(teamId)}", null, ct);

    private static string Escape(string id)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        return Uri.EscapeDataString(id);
    }

    private static byte[] Json<T>(T body)
    {
        ArgumentNullException.ThrowIfNull(body);
        return JsonSerializer.SerializeToUtf8Bytes(body, BotJson.Options);
    }

    private Task<ConnectorResult<T>> SendAsync<T>(HttpMethod method, string serviceUrl, string path, byte[]? body, CancellationToken ct) =>
        SendAsync(method, serviceUrl, path, body, ReadJsonAsync<T>, ct);

    private async Task<ConnectorResult<T>> SendAsync<T>(
        HttpMethod method, string serviceUrl, string path, byte[]? body, Func<HttpContent, CancellationToken, Task<T?>> readValue, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceUrl);
        var uri = new Uri(serviceUrl.TrimEnd('/') + "/" + path, UriKind.Absolute);
        var operation = $"{method} {uri.AbsolutePath}";

        string? token;
        try
        {
            token = await tokens.GetTokenAsync(ct);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            logger.LogError(e, "No token for the Bot Connector call {Operation}.", operation);
            return new() { Outcome = ConnectorOutcome.Failed };
        }

        var context = ResilienceContextPool.Shared.Get(operation, ct);
        HttpResponseMessage response;
        try
        {
            response = await pipeline.ExecuteAsync(async ctx =>
            {
                using var request = new HttpRequestMessage(method, uri);
                if (token is not null)
                {
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                }
                if (body is not null)
                {
                    request.Content = new ByteArrayContent(body);
                    request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
                }
                var answer = await http.SendAsync(request, ctx.CancellationToken);
                if (answer.StatusCode == System.Net.HttpStatusCode.TooManyRequests) ConnectorTelemetry.CountThrottled(uri);
                return answer;
            }, context);
        }
        catch (Exception e) when (IsTransient(e, ct))
        {
            logger.LogWarning(e, "The Bot Connector call {Operation} got no response.", operation);
            return new() { Outcome = ConnectorOutcome.Failed };
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }

        using (response)
        {
            return await ToResultAsync(response, operation, readValue, ct);
        }
    }

    private async Task<ConnectorResult<T>> ToResultAsync<T>(
        HttpResponseMessage response, string operation, Func<HttpContent, CancellationToken, Task<T?>> readValue, CancellationToken ct)
    {
        var status = (int)response.StatusCode;
        if (response.IsSuccessStatusCode)
        {
            return new() { Outcome = ConnectorOutcome.Success, Value = await readValue(response.Content, ct), StatusCode = status };
        }

        var errorCode = ConnectorError.CodeOf(await response.Content.ReadAsStringAsync(ct));
        var outcome = status is 403 or 404 ? ConnectorOutcome.Unreachable : ConnectorOutcome.Failed;
        logger.Log(
            outcome == ConnectorOutcome.Unreachable ? LogLevel.Information : LogLevel.Warning,
            "The Bot Connector call {Operation} ended with {Status} {ErrorCode}: {Outcome}.",
            operation, status, errorCode, outcome);
        return new() { Outcome = outcome, StatusCode = status, ErrorCode = errorCode, RetryAfter = RetryAfterOf(response) };
    }

    private async Task<T?> ReadJsonAsync<T>(HttpContent content, CancellationToken ct)
    {
        var bytes = await content.ReadAsByteArrayAsync(ct);
        if (bytes.Length == 0)
        {
            return default;
        }
        try
        {
            return JsonSerializer.Deserialize<T>(bytes, BotJson.Options);
        }
        catch (JsonException e)
        {
            // The call itself succeeded (a message may have been posted), so it is not reported as failed.
            logger.LogWarning(e, "The Bot Connector answered with an unreadable {Type}.", typeof(T).Name);
            return default;
        }
    }

    private ResiliencePipeline<HttpResponseMessage> BuildPipeline()
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time };
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = options.MaxRetries,
                MaxDelay = options.MaxDelay,
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is { } e
                    ? IsTransient(e, args.Context.CancellationToken)
                    : IsTransient((int)args.Outcome.Result!.StatusCode)),
                DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(
                    args.Outcome.Result is { } response && RetryAfterOf(response) is { } wait ? WithJitter(wait) : Backoff(args.AttemptNumber)),
                OnRetry = args =>
                {
                    logger.LogInformation(
                        "Retrying the Bot Connector call {Operation} in {Delay} after {Status} (retry {Retry}).",
                        args.Context.OperationKey, args.RetryDelay,
                        args.Outcome.Result is { } r ? (int)r.StatusCode : args.Outcome.Exception?.GetType().Name, args.AttemptNumber + 1);
                    return default;
                },
            });
        }
        return builder.Build();
    }

    private static bool IsTransient(int status) => status is 408 or 412 or 429 or 500 or 502 or 503 or 504;

    /// <summary>Network failures and timeouts; the caller's own cancellation is not one.</summary>
    private static bool IsTransient(Exception e, CancellationToken ct) =>
        e is HttpRequestException || (e is OperationCanceledException && !ct.IsCancellationRequested);

    /// <summary>
    /// Exponential backoff with jitter between half and one and a half of each step: never zero, so a retry always waits
    /// (Polly's own decorrelated jitter may come out at almost nothing).
    /// </summary>
    private TimeSpan Backoff(int attempt)
    {
        var step = options.BaseDelay * Math.Pow(2, attempt) * (0.5 + Random.Shared.NextDouble());
        return step < options.MaxDelay ? step : options.MaxDelay;
    }

    private TimeSpan WithJitter(TimeSpan retryAfter)
    {
        var capped = retryAfter < options.MaxDelay ? retryAfter : options.MaxDelay;
        return capped + options.BaseDelay * Random.Shared.NextDouble();
    }

    private TimeSpan? RetryAfterOf(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta;
        }
        if (header?.Date is { } date)
        {
            var wait = date - time.GetUtcNow();
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }
        return null;
    }
}
