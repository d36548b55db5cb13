using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;

namespace TrivselsBot.BotConnector.Tests.Infrastructure;

public sealed record RecordedRequest(string Method, string RawTarget, string Path, IReadOnlyDictionary<string, string> Headers, string Body, long Timestamp)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}

public sealed record ScriptedResponse(int Status, string? Body = null, IReadOnlyDictionary<string, string>? Headers = null, TimeSpan? Delay = null)
{
    public static ScriptedResponse Json(int status, string body) => new(status, body, new Dictionary<string, string> { ["Content-Type"] = "application/json" });
}

/// <summary>A real HTTP server on 127.0.0.1 with a random port that records requests and answers as the test scripts.</summary>
public sealed class LocalHttpServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<RecordedRequest> requests = new();
    private readonly Func<RecordedRequest, ScriptedResponse> respond;

    private LocalHttpServer(WebApplication app, Func<RecordedRequest, ScriptedResponse> respond)
    {
        this.app = app;
        this.respond = respond;
    }

    public Uri BaseAddress { get; private set; } = null!;

    public IReadOnlyList<RecordedRequest> Requests => [.. requests];

    public static async Task<LocalHttpServer> StartAsync(Func<RecordedRequest, ScriptedResponse> respond)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var server = new LocalHttpServer(builder.Build(), respond);
        server.app.Run(server.HandleAsync);
        await server.app.StartAsync();
        server.BaseAddress = new Uri(server.app.Urls.Single());
        return server;
    }

    /// <summary>Answers the scripted responses in order, repeating the last one.</summary>
    public static Func<RecordedRequest, ScriptedResponse> Sequence(params ScriptedResponse[] responses)
    {
        var next = -1;
        return _ => responses[Math.Min(Interlocked.Increment(ref next), responses.Length - 1)];
    }

    /// <summary>A loopback address where nothing listens.</summary>
    public static Uri UnusedAddress()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return new Uri($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/");
    }

    private async Task HandleAsync(HttpContext context)
    {
        var timestamp = Stopwatch.GetTimestamp();
        using var reader = new StreamReader(context.Request.Body);
        var recorded = new RecordedRequest(
            context.Request.Method,
            context.Features.Get<IHttpRequestFeature>()!.RawTarget,
            context.Request.Path.Value ?? "",
            context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            await reader.ReadToEndAsync(context.RequestAborted),
            timestamp);
        requests.Enqueue(recorded);

        var response = respond(recorded);
        if (response.Delay is { } delay)
        {
            await Task.Delay(delay, context.RequestAborted);
        }
        context.Response.StatusCode = response.Status;
        foreach (var (name, value) in response.Headers ?? new Dictionary<string, string>())
        {
            context.Response.Headers[name] = value;
        }
        if (response.Body is not null)
        {
            await context.Response.WriteAsync(response.Body, context.RequestAborted);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
