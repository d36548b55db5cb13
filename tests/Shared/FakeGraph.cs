using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Azure.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace TrivselsBot.Testing;

/// <summary>
/// A local Microsoft Graph (the cloud is unreachable here) for Teams app installation per user, answering the documented
/// v1.0 shapes: <c>POST /users/{id}/teamwork/installedApps</c> (201, or 409 when installed), the installations with
/// <c>$expand=teamsApp</c> and <c>$filter=teamsApp/id eq '…'</c> (every user also has another app installed, so the filter
/// matters), and <c>GET …/installedApps/{installationId}/chat</c>. Requests without the bearer token of
/// <see cref="Credential"/> get 401. A user's next requests can be scripted (429 with Retry-After, 403, …).
/// </summary>
public sealed partial class FakeGraph : IAsyncDisposable
{
    public const string Token = "graph-token-for-tests";
    private const string OtherAppId = "a9e1b4b6-5c8d-4d0e-9f4e-0c3b2a1d7e55";

    private readonly ConcurrentDictionary<string, byte> _installed = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ConcurrentQueue<ScriptedAnswer>> _scripts = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<GraphRequest> _requests = new();
    private WebApplication? _app;

    private FakeGraph(string catalogAppId) => CatalogAppId = catalogAppId;

    /// <summary>The app's id in the tenant's catalog.</summary>
    public string CatalogAppId { get; }

    /// <summary>Graph's root with its version, as the client is configured with.</summary>
    public string BaseUrl { get; private set; } = "";

    /// <summary>Hands out <see cref="Token"/> and remembers the tenants it was asked for.</summary>
    public FakeTokenCredential Credential { get; } = new();

    public IReadOnlyList<GraphRequest> Requests => _requests.ToList();

    /// <summary>Called when the app gets installed for a user (Entra object id) with the id of the chat that opened.</summary>
    public Action<string, string>? Installed { get; set; }

    public static async Task<FakeGraph> StartAsync(string? catalogAppId = null)
    {
        var graph = new FakeGraph(catalogAppId ?? Guid.NewGuid().ToString());
        (graph._app, var root) = await LocalWebServer.StartAsync(graph.HandleAsync);
        graph.BaseUrl = root + "v1.0";
        return graph;
    }

    /// <summary>The chat Teams opens between the user and the app, in the documented form.</summary>
    public string ChatIdOf(string userId) => $"19:{userId}_{CatalogAppId}@unq.gbl.spaces";

    /// <summary>The app is already installed for the user (an install answers 409).</summary>
    public void InstallFor(string userId) => _installed[userId] = 0;

    public bool IsInstalledFor(string userId) => _installed.ContainsKey(userId);

    /// <summary>The user's next requests get these answers, in order.</summary>
    public void Script(string userId, params ScriptedAnswer[] answers)
    {
        var queue = _scripts.GetOrAdd(userId, _ => new ConcurrentQueue<ScriptedAnswer>());
        foreach (var answer in answers) queue.Enqueue(answer);
    }

    public IReadOnlyList<GraphRequest> RequestsFor(string userId) => Requests.Where(r => r.UserId == userId).ToList();

    private async Task HandleAsync(HttpContext http)
    {
        var target = http.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget;
        var body = http.Request.ContentLength is > 0 ? await JsonNode.ParseAsync(http.Request.Body) : null;
        var route = Route().Match(http.Request.Path.Value ?? "");
        var userId = route.Success ? Uri.UnescapeDataString(route.Groups["user"].Value) : null;
        var installation = route.Groups["installation"].Success ? Uri.UnescapeDataString(route.Groups["installation"].Value) : null;

        var (status, retryAfter, response) = Answer(http, userId, installation, body);
        _requests.Enqueue(new GraphRequest(Stopwatch.GetTimestamp(), http.Request.Method, target, userId, body, status));
        http.Response.StatusCode = status;
        if (retryAfter is { } seconds) http.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (response is not null) await http.Response.WriteAsJsonAsync(response);
    }

    private (int Status, int? RetryAfter, JsonNode? Body) Answer(HttpContext http, string? userId, string? installation, JsonNode? body)
    {
        if (http.Request.Headers.Authorization.ToString() != "Bearer " + Token) return Error(401, "InvalidAuthenticationToken", "Access token is empty.");
        if (userId is null) return Error(400, "BadRequest", "Resource not found for the segment.");
        if (_scripts.TryGetValue(userId, out var script) && script.TryDequeue(out var scripted))
        {
            return Error(scripted.Status, ErrorCodeFor(scripted.Status), "scripted", scripted.RetryAfterSeconds);
        }

        return (http.Request.Method, installation) switch
        {
            ("POST", null) => Install(userId, body),
            ("GET", null) => (200, null, Installations(userId, http.Request.Query["$expand"], http.Request.Query["$filter"])),
            ("GET", _) when installation == InstallationIdOf(userId, CatalogAppId) && IsInstalledFor(userId) => (200, null, Chat(userId)),
            _ => Error(404, "NotFound", "The installation was not found."),
        };
    }

    private (int, int?, JsonNode?) Install(string userId, JsonNode? body)
    {
        var binding = body?["teamsApp@odata.bind"]?.GetValue<string>();
        if (binding != $"{BaseUrl}/appCatalogs/teamsApps/{CatalogAppId}") return Error(400, "BadRequest", "Invalid bind property name teamsApp.");
        if (!_installed.TryAdd(userId, 0)) return Error(409, "Conflict", "App is already installed for this user.");
        Installed?.Invoke(userId, ChatIdOf(userId));
        return (201, null, null);
    }

    private JsonObject Installations(string userId, string? expand, string? filter)
    {
        var apps = IsInstalledFor(userId) ? new[] { OtherAppId, CatalogAppId } : [OtherAppId];
        var wanted = filter is null ? null : FilterOnAppId().Match(filter) is { Success: true } m ? m.Groups["app"].Value : "";
        return new JsonObject
        {
            ["@odata.context"] = $"{BaseUrl}/$metadata#users('{userId}')/teamwork/installedApps(teamsApp())",
            ["value"] = new JsonArray(apps.Where(app => wanted is null || app == wanted).Select(app => (JsonNode)Installation(userId, app, expand == "teamsApp")).ToArray()),
        };
    }

    private static JsonObject Installation(string userId, string appId, bool expanded)
    {
        var installation = new JsonObject { ["id"] = InstallationIdOf(userId, appId) };
        if (expanded)
        {
            installation["teamsApp"] = new JsonObject
            {
                ["id"] = appId,
                ["externalId"] = null,
                ["displayName"] = appId == OtherAppId ? "Viva Insights" : "TrivselsBot",
                ["distributionMethod"] = appId == OtherAppId ? "store" : "organization",
            };
        }
        return installation;
    }

    private JsonObject Chat(string userId) => new()
    {
        ["@odata.context"] = $"{BaseUrl}/$metadata#chats/$entity",
        ["id"] = ChatIdOf(userId),
        ["topic"] = null,
        ["createdDateTime"] = "2026-11-23T07:00:01.614Z",
        ["lastUpdatedDateTime"] = "2026-11-23T07:00:01.614Z",
        ["chatType"] = "oneOnOne",
        ["webUrl"] = $"https://teams.microsoft.com/l/chat/{Uri.EscapeDataString(ChatIdOf(userId))}/0",
    };

    /// <summary>Graph's installation ids are base64 of the user and app ids.</summary>
    private static string InstallationIdOf(string userId, string appId) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"{userId}##{appId}"));

    private static string ErrorCodeFor(int status) => status switch
    {
        403 => "Forbidden",
        404 => "Request_ResourceNotFound",
        429 => "TooManyRequests",
        _ => "Scripted",
    };

    private static (int, int?, JsonNode?) Error(int status, string code, string message, int? retryAfter = null) =>
        (status, retryAfter, new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } });

    [GeneratedRegex("^/v1.0/users/(?<user>[^/]+)/teamwork/installedApps(/(?<installation>[^/]+)/chat)?$")]
    private static partial Regex Route();

    [GeneratedRegex("^teamsApp/id eq '(?<app>[^']*)'$")]
    private static partial Regex FilterOnAppId();

    public async ValueTask DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
    }
}

/// <summary>One request as the fake Graph saw it: when (a Stopwatch timestamp), the raw target, the user, the body and the status answered.</summary>
public sealed record GraphRequest(long Timestamp, string Method, string Target, string? UserId, JsonNode? Body, int Status)
{
    public string Query => Uri.UnescapeDataString(Target.Contains('?', StringComparison.Ordinal) ? Target[(Target.IndexOf('?', StringComparison.Ordinal) + 1)..] : "");
}

/// <summary>Hands out <see cref="FakeGraph.Token"/> for any scope and remembers the tenants asked for.</summary>
public sealed class FakeTokenCredential : TokenCredential
{
    private readonly ConcurrentQueue<string?> _tenants = new();

    public IReadOnlyList<string?> Tenants => _tenants.ToList();

    public TokenCredential ForTenant(string tenantId)
    {
        _tenants.Enqueue(tenantId);
        return this;
    }

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        new(FakeGraph.Token, DateTimeOffset.UtcNow.AddHours(1));

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        ValueTask.FromResult(GetToken(requestContext, cancellationToken));
}
