using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;

namespace TrivselsBot.Testing;

/// <summary>
/// A local Bot Connector service (the Teams cloud cannot run here): answers the documented v3 REST shapes and
/// records every call, so the bot's real connector client is exercised. Failures can be scripted per call.
/// </summary>
public sealed class RecordingConnector : IAsyncDisposable
{
    private readonly ConcurrentQueue<int> _scriptedFailures = new();
    private readonly ConcurrentDictionary<string, int> _refusedChats = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _failedSends = new(StringComparer.Ordinal);
    private WebApplication? _app;
    private int _nextId;

    public ConcurrentQueue<RecordedCall> Calls { get; } = new();

    public string ServiceUrl { get; private set; } = "";

    /// <summary>What GET …/pagedmembers answers: the roster of every conversation.</summary>
    public List<JsonObject> Members { get; } = [];

    public void AddMembers(int count, string prefix = "user")
    {
        var start = Members.Count;
        for (var i = start; i < start + count; i++)
        {
            Members.Add(new JsonObject { ["id"] = $"29:{prefix}-{i}", ["aadObjectId"] = $"aad-{prefix}-{i}", ["name"] = $"Medarbejder {i}", ["userRole"] = "user" });
        }
    }

    public static async Task<RecordingConnector> StartAsync()
    {
        var connector = new RecordingConnector();
        (connector._app, connector.ServiceUrl) = await LocalWebServer.StartAsync(connector.HandleAsync);
        return connector;
    }

    /// <summary>The next calls answer with these statuses, in order, before normal service resumes.</summary>
    public void FailNext(params int[] statuses)
    {
        foreach (var s in statuses) _scriptedFailures.Enqueue(s);
    }

    /// <summary>Creating a 1:1 chat with this user answers <paramref name="status"/> (403: the app is not installed for them).</summary>
    public void RefuseChatWith(string userId, int status = 403) => _refusedChats[userId] = status;

    /// <summary>The next message sent to this conversation answers <paramref name="status"/>; every other call is served.</summary>
    public void FailNextSendTo(string conversationId, int status) => _failedSends[conversationId] = status;

    public IReadOnlyList<RecordedCall> ActivitiesSent() =>
        Calls.Where(c => c.Path.Contains("/activities", StringComparison.Ordinal) && c.Method != "GET").ToList();

    /// <summary>Waits until at least <paramref name="count"/> activities were sent (the bot answers within the request, so this is short).</summary>
    public async Task<IReadOnlyList<RecordedCall>> WaitForActivitiesAsync(int count, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (ActivitiesSent().Count < count && DateTime.UtcNow < deadline) await Task.Delay(20);
        return ActivitiesSent();
    }

    private async Task HandleAsync(HttpContext http)
    {
        var body = await new StreamReader(http.Request.Body).ReadToEndAsync();
        var rawTarget = http.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget;
        var call = new RecordedCall(http.Request.Method, rawTarget,
            body.Length > 0 ? JsonNode.Parse(body) : null, http.Request.Headers.Authorization.ToString());
        Calls.Enqueue(call);
        if (_scriptedFailures.TryDequeue(out var status)
            || (http.Request.Path == "/v3/conversations" && call.Body?["members"]?[0]?["id"]?.GetValue<string>() is { } user && _refusedChats.TryGetValue(user, out status))
            || (http.Request.Method == "POST" && SentTo(http.Request.Path.Value) is { } conversation && _failedSends.TryRemove(conversation, out status)))
        {
            http.Response.StatusCode = status;
            await http.Response.WriteAsJsonAsync(new { error = new { code = "Scripted", message = "scripted failure" } });
            return;
        }
        var id = Interlocked.Increment(ref _nextId).ToString();
        var response = http.Request.Path.Value switch
        {
            "/v3/conversations" => (object)new { id = "a:created-" + id, activityId = "act-" + id },
            var p when p!.EndsWith("/pagedmembers", StringComparison.Ordinal) => new { members = new JsonArray(Members.Select(m => (JsonNode)m.DeepClone()).ToArray()) },
            _ => new { id = "act-" + id },
        };
        await http.Response.WriteAsJsonAsync(response);
    }

    /// <summary>The conversation a call to …/conversations/{id}/activities goes to, else null.</summary>
    private static string? SentTo(string? path)
    {
        const string prefix = "/v3/conversations/";
        var end = path is not null && path.StartsWith(prefix, StringComparison.Ordinal) ? path.IndexOf("/activities", prefix.Length, StringComparison.Ordinal) : -1;
        return end > prefix.Length ? path![prefix.Length..end] : null;
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
    }
}

public sealed record RecordedCall(string Method, string Path, JsonNode? Body, string Authorization)
{
    public JsonObject? Card => Body?["attachments"]?[0]?["content"] as JsonObject;

    public string? Text => Body?["text"]?.GetValue<string>();

    /// <summary>Every string in the card, joined, as a person would read it.</summary>
    public string CardText => Card is null ? "" : string.Join("\n", Strings(Card));

    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject o => o.Where(p => p.Key != "type").SelectMany(p => Strings(p.Value)),
        JsonArray a => a.SelectMany(Strings),
        JsonValue v when v.TryGetValue<string>(out var s) => [s],
        _ => [],
    };
}
