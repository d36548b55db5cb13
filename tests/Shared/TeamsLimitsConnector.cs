using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace TrivselsBot.Testing;

/// <summary>
/// A local Bot Connector for one tenant that enforces Teams' documented throttling and answers 429 + Retry-After past it:
/// per tenant <see cref="TenantRequestsPerSecond"/> in any sliding second, per conversation 7/1 s, 8/2 s and 60/30 s
/// (requests it refuses do not count). It creates 1:1 conversations (<c>POST v3/conversations</c>), accepts activities
/// sent to them, counts the cards each user got, and can be scripted to refuse a user's next requests. Teams added with
/// <see cref="AddTeam"/> have a roster (<c>GET …/pagedmembers</c>, <c>…/members</c>, <c>v3/teams/{id}</c>) and take posts,
/// replies and updates; <see cref="Faults"/> adds 429 bursts, 500s and cut connections to creates and 1:1 sends.
/// </summary>
public sealed partial class TeamsLimitsConnector : IAsyncDisposable
{
    private static readonly (int Count, TimeSpan Window)[] ConversationLimits =
        [(7, TimeSpan.FromSeconds(1)), (8, TimeSpan.FromSeconds(2)), (60, TimeSpan.FromSeconds(30))];

    private readonly Lock _gate = new();
    private readonly Queue<long> _tenantWindow = new();
    private readonly Dictionary<string, Queue<long>> _conversationWindows = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _userOfConversation = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TeamRoster> _teams = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _cards = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ConcurrentQueue<ScriptedAnswer>> _scripts = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<ConnectorRequest> _requests = new();
    private WebApplication? _app;
    private int _generation;
    private int _throttled;
    private int _overLimits;

    public string ServiceUrl { get; private set; } = "";

    /// <summary>The tenant's limit; may be changed between runs.</summary>
    public int TenantRequestsPerSecond { get; set; }

    /// <summary>Which 1:1 sends count as a card for <see cref="CardsPerUser"/> (given the user and the activity sent); every send when null.</summary>
    public Func<string, JsonNode?, bool>? CountsAsCard { get; set; }

    /// <summary>Faults injected into creates and 1:1 sends before the limits are applied; none when null.</summary>
    public ConnectorFaults? Faults { get; set; }

    /// <summary>429s answered, scripted ones and those of <see cref="Faults"/> included.</summary>
    public int Throttled => Volatile.Read(ref _throttled);

    /// <summary>429s answered because a request went over Teams' limits (not scripted, not a fault burst).</summary>
    public int OverLimits => Volatile.Read(ref _overLimits);

    /// <summary>Every request in arrival order, with the user it concerned and the status answered.</summary>
    public IReadOnlyList<ConnectorRequest> Requests => _requests.ToList();

    public IReadOnlyDictionary<string, int> CardsPerUser => _cards;

    public static async Task<TeamsLimitsConnector> StartAsync(int tenantRequestsPerSecond = 50)
    {
        var connector = new TeamsLimitsConnector { TenantRequestsPerSecond = tenantRequestsPerSecond };
        (connector._app, connector.ServiceUrl) = await LocalWebServer.StartAsync(connector.HandleAsync);
        return connector;
    }

    public int CardsTo(string userId) => _cards.GetValueOrDefault(userId);

    /// <summary>The user's next requests (creating their chat or sending to it) get these answers, in order.</summary>
    public void Script(string userId, params ScriptedAnswer[] answers)
    {
        var queue = _scripts.GetOrAdd(userId, _ => new ConcurrentQueue<ScriptedAnswer>());
        foreach (var answer in answers) queue.Enqueue(answer);
    }

    /// <summary>Every conversation created so far is gone: sending to it answers 404, as Teams does for a deleted chat.</summary>
    public void ForgetConversations()
    {
        Interlocked.Increment(ref _generation);
        lock (_gate) _userOfConversation.Clear();
    }

    /// <summary>A 1:1 chat opened elsewhere (installing the app through Graph opens one): sends to it reach <paramref name="userId"/>.</summary>
    public void OpenChat(string conversationId, string userId)
    {
        lock (_gate) _userOfConversation[conversationId] = userId;
    }

    public void ClearCounts()
    {
        _cards.Clear();
        _requests.Clear();
        Interlocked.Exchange(ref _throttled, 0);
        Interlocked.Exchange(ref _overLimits, 0);
    }

    private async Task HandleAsync(HttpContext http)
    {
        var body = http.Request.ContentLength is > 0 ? await JsonNode.ParseAsync(http.Request.Body) : null;
        var (kind, conversationId) = Classify(http.Request.Method, http.Request.Path.Value ?? "");
        var userId = kind switch
        {
            RequestKind.Create => body?["members"]?[0]?["id"]?.GetValue<string>(),
            RequestKind.Send => UserOf(conversationId!),
            _ => null,
        };
        if (kind == RequestKind.Send && userId is null && _teams.ContainsKey(conversationId!)) kind = RequestKind.Post;

        var fault = kind is RequestKind.Create or RequestKind.Send && userId is not null ? Faults?.Next(userId) : null;
        if (fault == ConnectorFault.Drop)
        {
            Record(http, kind, userId, ConnectorRequest.Dropped);
            http.Abort(); // the connection is cut before anything was done: the request had no effect
            return;
        }

        var (status, retryAfter) = fault switch
        {
            ConnectorFault.ServerError => (500, null),
            ConnectorFault.Throttle => (429, Faults!.BurstRetryAfterSeconds),
            _ => Decide(kind, userId, conversationId),
        };
        Record(http, kind, userId, status);
        http.Response.StatusCode = status;
        if (retryAfter is { } seconds) http.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (status == 429) Interlocked.Increment(ref _throttled);
        if (status >= 400)
        {
            var code = status == 429 ? "TooManyRequests" : fault == ConnectorFault.ServerError ? "InternalServerError" : "Scripted";
            await http.Response.WriteAsJsonAsync(new { error = new { code, message = "refused" } });
            return;
        }
        await AnswerAsync(http, kind, userId, conversationId, body);
    }

    private async Task AnswerAsync(HttpContext http, RequestKind kind, string? userId, string? conversationId, JsonNode? body)
    {
        switch (kind)
        {
            case RequestKind.Create:
                var id = $"a:1on1-{Volatile.Read(ref _generation)}-{userId}";
                lock (_gate) _userOfConversation[id] = userId!;
                await http.Response.WriteAsJsonAsync(new { id });
                return;
            case RequestKind.Members:
            case RequestKind.PagedMembers:
            case RequestKind.Team:
                await AnswerTeamAsync(http, kind, _teams[conversationId!]);
                return;
            case RequestKind.Send:
                if (CountsAsCard?.Invoke(userId!, body) ?? true) _cards.AddOrUpdate(userId!, 1, (_, n) => n + 1);
                break;
        }
        await http.Response.WriteAsJsonAsync(new { id = "act-" + Guid.NewGuid().ToString("N") });
    }

    private void Record(HttpContext http, RequestKind kind, string? userId, int status) =>
        _requests.Enqueue(new ConnectorRequest(Stopwatch.GetTimestamp(), kind.ToString().ToLowerInvariant(), userId, status, http.Connection.RemotePort));

    private (int Status, int? RetryAfter) Decide(RequestKind kind, string? userId, string? conversationId)
    {
        var known = kind switch
        {
            RequestKind.Create or RequestKind.Send => userId is not null,
            RequestKind.Other => false,
            _ => _teams.ContainsKey(conversationId!) || UserOf(conversationId!) is not null,
        };
        if (!known) return (404, null);
        if (userId is not null && _scripts.TryGetValue(userId, out var script) && script.TryDequeue(out var scripted)) return (scripted.Status, scripted.RetryAfterSeconds);

        var now = Stopwatch.GetTimestamp();
        lock (_gate)
        {
            Trim(_tenantWindow, now, TimeSpan.FromSeconds(1));
            var wait = WaitFor(_tenantWindow, TenantRequestsPerSecond, TimeSpan.FromSeconds(1), now);
            var conversation = kind == RequestKind.Create ? null : WindowOf(conversationId!, now);
            foreach (var (count, window) in conversation is null ? [] : ConversationLimits)
            {
                var conversationWait = WaitFor(conversation!, count, window, now);
                if (conversationWait > wait) wait = conversationWait;
            }
            if (wait > TimeSpan.Zero)
            {
                Interlocked.Increment(ref _overLimits);
                return (429, Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)));
            }

            _tenantWindow.Enqueue(now);
            conversation?.Enqueue(now);
        }
        return (200, null);
    }

    private Queue<long> WindowOf(string conversationId, long now)
    {
        if (!_conversationWindows.TryGetValue(conversationId, out var window)) _conversationWindows[conversationId] = window = new Queue<long>();
        Trim(window, now, ConversationLimits[^1].Window);
        return window;
    }

    /// <summary>How long until one more request fits: zero while fewer than <paramref name="count"/> arrived within the window.</summary>
    private static TimeSpan WaitFor(Queue<long> arrivals, int count, TimeSpan window, long now)
    {
        var inWindow = arrivals.Where(t => Stopwatch.GetElapsedTime(t, now) < window).ToList();
        return inWindow.Count < count ? TimeSpan.Zero : window - Stopwatch.GetElapsedTime(inWindow[inWindow.Count - count], now);
    }

    private static void Trim(Queue<long> arrivals, long now, TimeSpan keep)
    {
        while (arrivals.Count > 0 && Stopwatch.GetElapsedTime(arrivals.Peek(), now) >= keep) arrivals.Dequeue();
    }

    private string? UserOf(string conversationId)
    {
        lock (_gate) return _userOfConversation.GetValueOrDefault(conversationId);
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
    }
}

/// <summary>A scripted answer: an HTTP status and, for a 429, the Retry-After in seconds.</summary>
public sealed record ScriptedAnswer(int Status, int? RetryAfterSeconds = null);

/// <summary>
/// One request as the connector saw it: when (a Stopwatch timestamp), its kind (create, send, post, reply, update, delete,
/// members, pagedmembers, team, other), for whom, its answer (<see cref="Dropped"/> when the connection was cut) and the
/// client's port (which process sent it).
/// </summary>
public sealed record ConnectorRequest(long Timestamp, string Kind, string? UserId, int Status, int RemotePort = 0)
{
    public const int Dropped = 0;
}
