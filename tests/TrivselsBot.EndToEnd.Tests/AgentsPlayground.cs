using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using TrivselsBot.Testing;

namespace TrivselsBot.EndToEnd.Tests;

/// <summary>
/// The real Microsoft 365 Agents Playground (a local Teams with a mock Bot Connector), pointed at the bot.
/// Tests act as users through the HTTP routes its web UI calls and watch the conversation stream its UI shows.
/// </summary>
public sealed class AgentsPlayground : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ClientWebSocket _stream = new();
    private readonly ClientWebSocket _logStream = new();
    private readonly CancellationTokenSource _stop = new();
    private Task? _reader;
    private Task? _logReader;

    private AgentsPlayground(Process process, int port)
    {
        _process = process;
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
    }

    public HttpClient Http { get; }

    /// <summary>Every message the Playground's UI was told to show, in arrival order.</summary>
    public ConcurrentQueue<JsonObject> Shown { get; } = new();

    /// <summary>
    /// Every entry of the Playground's log panel, in arrival order: each call between the bot and the mock Bot Connector
    /// with its body — also those to the other users' 1:1 chats, which the conversation view never shows.
    /// </summary>
    public ConcurrentQueue<JsonObject> Logged { get; } = new();

    public JsonObject TestConfig { get; private set; } = new();

    public string PersonalChatId => TestConfig["config"]!["personalChat"]!["id"]!.GetValue<string>();

    public string CurrentUserId => TestConfig["config"]!["currentUser"]!["id"]!.GetValue<string>();

    /// <param name="port">Where it listens (free by default); a bot that must know its service URL before it starts picks one first.</param>
    /// <param name="configPath">Its mock data (tenant, users, chats, team); the Playground's own when null.</param>
    public static async Task<AgentsPlayground> StartAsync(Uri botMessagesUrl, int? listenOn = null, string? configPath = null)
    {
        var port = listenOn ?? LocalPorts.Free();
        var logFile = Path.Combine(RepoPaths.TestOutput("playground"), $"playground-{port}.log");
        var start = new ProcessStartInfo(RepoPaths.Tool("agentsplayground"),
            ["-e", botMessagesUrl.ToString(), "-c", "msteams", "-p", port.ToString(), "--su", $"http://127.0.0.1:{port}/_connector", "--dt"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepoPaths.TestOutput("playground"),
        };
        start.Environment["TEAMSAPPTESTER_BROWSER"] = "none";
        start.Environment["M365_AGENTS_PLAYGROUND_LOGFILE"] = logFile;
        if (configPath is not null) start.Environment["M365_AGENTS_PLAYGROUND_CONFIG_PATH"] = configPath;
        var playground = new AgentsPlayground(Process.Start(start)!, port);
        ProcessOutput.Drain(playground._process);
        await LocalPorts.WaitUntilOpenAsync(port, TimeSpan.FromSeconds(60));
        playground.TestConfig = await playground.ReadTestConfigAsync();
        await playground._stream.ConnectAsync(new Uri($"ws://127.0.0.1:{port}/_ws_conversation/v1/conversations/stream"), default);
        playground._reader = ReadStreamAsync(playground._stream, playground.Shown, playground._stop.Token);
        await playground._logStream.ConnectAsync(new Uri($"ws://127.0.0.1:{port}/_ws/log/stream"), default);
        playground._logReader = ReadStreamAsync(playground._logStream, playground.Logged, playground._stop.Token, m => m["log"] as JsonObject);
        return playground;
    }

    /// <summary>
    /// The port opens a moment before the Playground answers; ask until it does. A connection dropped that early can
    /// surface as a bare SocketException ("Transport endpoint is not connected") rather than an HttpRequestException.
    /// </summary>
    private async Task<JsonObject> ReadTestConfigAsync()
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return (await Http.GetFromJsonAsync<JsonObject>("_internal/v1/testConfig"))!;
            }
            catch (Exception e) when (e is HttpRequestException or System.Net.Sockets.SocketException && attempt < 50)
            {
                await Task.Delay(200);
            }
        }
    }

    /// <summary>What the Playground does when a person opens the app: sends installationUpdate and conversationUpdate.</summary>
    public async Task InstallInPersonalChatAsync()
    {
        var response = await Http.PostAsJsonAsync($"_debug/conversation/{PersonalChatId}/installation", new JsonObject());
        response.EnsureSuccessStatusCode();
    }

    public string GroupChatId => TestConfig["config"]!["groupChats"]![0]!["id"]!.GetValue<string>();

    /// <summary>How many people the group chat holds: its members and the current user (the Playground adds them once).</summary>
    public int GroupChatRosterSize => TestConfig["config"]!["groupChats"]![0]!["members"]!.AsArray()
        .Select(m => m!.GetValue<string>()).Append(CurrentUserId).Distinct(StringComparer.Ordinal).Count();

    public string BotId => TestConfig["config"]!["bot"]!["id"]!.GetValue<string>();

    public string BotName => TestConfig["config"]!["bot"]!["name"]!.GetValue<string>();

    public string TenantId => TestConfig["config"]!["tenantId"]!.GetValue<string>();

    /// <summary>The current user types <paramref name="text"/> in the personal chat and presses send.</summary>
    public async Task SayAsync(string text)
    {
        var response = await Http.PostAsJsonAsync($"_conversation/v1/conversations/{PersonalChatId}/messages",
            new { from = new { id = CurrentUserId }, text, textFormat = "plain" });
        response.EnsureSuccessStatusCode();
    }

    /// <summary>The current user writes "@bot <paramref name="text"/>" in the group chat (the bot only hears mentions there).</summary>
    public async Task SayInGroupChatAsync(string text)
    {
        var mention = $"<at>{BotName}</at>";
        var response = await Http.PostAsJsonAsync($"_conversation/v1/conversations/{GroupChatId}/messages", new
        {
            from = new { id = CurrentUserId },
            text = $"{mention} {text}",
            textFormat = "plain",
            mentions = new[] { new { mentioned = new { id = BotId }, text = mention } },
        });
        response.EnsureSuccessStatusCode();
    }

    /// <summary>
    /// Another user types <paramref name="text"/> in their 1:1 chat <paramref name="conversationId"/>. The UI's message route
    /// always sends as the current user, so this goes as the Playground's custom activity: the message Teams would send.
    /// </summary>
    public async Task SayAsAsync(string conversationId, JsonNode user, string text)
    {
        var response = await Http.PostAsJsonAsync("_internal/v1/customActivities", new JsonObject
        {
            ["type"] = "message", ["id"] = Guid.NewGuid().ToString(), ["text"] = text, ["textFormat"] = "plain", ["channelId"] = "msteams",
            ["serviceUrl"] = new Uri(Http.BaseAddress!, "_connector").ToString(),
            ["from"] = new JsonObject { ["id"] = (string?)user["id"], ["name"] = (string?)user["name"], ["aadObjectId"] = (string?)user["aadObjectId"] },
            ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = BotName },
            ["conversation"] = new JsonObject { ["id"] = conversationId, ["conversationType"] = "personal", ["tenantId"] = TenantId },
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TenantId } },
        });
        response.EnsureSuccessStatusCode();
    }

    /// <summary>The 1:1 chats the bot opened with <paramref name="userId"/>, from its create-conversation calls in the log.</summary>
    public IReadOnlySet<string> ChatsWith(string userId) =>
        Logged.Where(l => (string?)l["activityName"] == "createConversation" && (string?)l["request"]?["body"]?["members"]?[0]?["id"] == userId)
            .Select(l => (string?)l["response"]?["body"]?["id"]).OfType<string>().ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The messages the bot may have sent to <paramref name="conversationId"/> (also another user's chat), as the log shows
    /// them: replies name their chat; a proactive send (POST v3/conversations/{id}/activities, whose body names no
    /// conversation) is logged without one, so those are all included and the caller tells them apart by what they say.
    /// </summary>
    public IEnumerable<JsonObject> SentTo(string conversationId) =>
        Logged.Where(l => (string?)l["activityName"] == "message" && (string?)l["from"] == "User Application"
            && ((string?)l["conversationId"] ?? conversationId) == conversationId);

    /// <summary>Waits for a message the bot sent to <paramref name="conversationId"/> that matches; fails after the timeout.</summary>
    public async Task<JsonObject> WaitForSentAsync(string conversationId, Func<JsonObject, bool> match, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (DateTime.UtcNow < deadline)
        {
            if (SentTo(conversationId).FirstOrDefault(match) is { } found) return found;
            await Task.Delay(50);
        }
        throw new TimeoutException($"The bot sent no matching message to {conversationId}. Logged: " + string.Join("\n", Logged.Select(m => m.ToJsonString())));
    }

    /// <summary>A user clicks an Action.Submit button of the card shown as <paramref name="messageId"/>.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string conversationId, string messageId, string fromId, JsonObject value) =>
        await Http.PostAsJsonAsync("_conversation/v1/submit", new JsonObject
        {
            ["conversation"] = new JsonObject { ["id"] = conversationId },
            ["from"] = new JsonObject { ["id"] = fromId },
            ["replyToId"] = messageId,
            ["value"] = value,
        });

    /// <summary>
    /// Opens the Playground's own web UI in headless Chromium (tools/screenshot-playground.mjs), types
    /// <paramref name="text"/> in the personal chat, waits for the card holding <paramref name="cardText"/>, saves a
    /// screenshot of the page with it in view and returns what the UI rendered.
    /// </summary>
    public async Task<RenderedCard> SayInBrowserAsync(string text, string cardText, string screenshotPath)
    {
        var result = await NodeTool.RunAsync("screenshot-playground.mjs", Http.BaseAddress!.ToString(), screenshotPath, text, cardText);
        if (result.ExitCode != 0 || result.Lines.Count != 1) throw new InvalidOperationException("screenshot-playground.mjs failed: " + result.Error);
        return result.Lines[0].Deserialize<RenderedCard>(JsonSerializerOptions.Web)!;
    }

    /// <summary>Waits for a bot message the UI shows that matches; fails after the timeout.</summary>
    public async Task<JsonObject> WaitForAsync(Func<JsonObject, bool> match, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (DateTime.UtcNow < deadline)
        {
            if (Shown.FirstOrDefault(match) is { } found) return found;
            await Task.Delay(50);
        }
        throw new TimeoutException("The Playground showed no matching message. Shown: " + string.Join("\n", Shown.Select(m => m.ToJsonString())));
    }

    private static async Task ReadStreamAsync(ClientWebSocket stream, ConcurrentQueue<JsonObject> into, CancellationToken stop, Func<JsonObject, JsonObject?>? pick = null)
    {
        var buffer = new byte[1 << 20];
        using var message = new MemoryStream();
        while (!stop.IsCancellationRequested && stream.State == WebSocketState.Open)
        {
            WebSocketReceiveResult result;
            try
            {
                result = await stream.ReceiveAsync(buffer, stop);
            }
            catch (Exception e) when (e is OperationCanceledException or WebSocketException)
            {
                return;
            }
            message.Write(buffer, 0, result.Count);
            if (!result.EndOfMessage) continue;
            if (JsonNode.Parse(Encoding.UTF8.GetString(message.ToArray())) is JsonObject shown && (pick is null ? shown : pick(shown)) is { } item) into.Enqueue(item);
            message.SetLength(0);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_reader is not null) await _reader;
        if (_logReader is not null) await _logReader;
        _stream.Dispose();
        _logStream.Dispose();
        Http.Dispose();
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
        _stop.Dispose();
    }
}

/// <summary>
/// An Adaptive Card as the Playground's web UI rendered it: its text, its one-character text blocks (the text chart's
/// cells), in order, and the accessible names of the charts it drew ("Line chart with 2 series, …", "Horizontal bar chart").
/// </summary>
public sealed record RenderedCard(bool Found, string Text, IReadOnlyList<string> Cells, IReadOnlyList<string> Charts);
