using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace TrivselsBot.Testing.Faults;

/// <summary>
/// The bot's own dll (the one next to this assembly) run as a separate process on a loopback port, configured through
/// environment variables as an operator would. It can be killed with SIGKILL and started again with the same settings.
/// Its output goes to test-output/faults/{name}.log.
/// </summary>
public sealed class BotProcess : IAsyncDisposable
{
    private readonly Dictionary<string, string?> _settings;
    private readonly string _name;
    private Process _process;

    private BotProcess(string name, Dictionary<string, string?> settings, int port, Process process)
    {
        _name = name;
        _settings = settings;
        Port = port;
        _process = process;
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(60) };
    }

    public int Port { get; }

    public int ProcessId => _process.Id;

    public bool HasExited => _process.HasExited;

    public HttpClient Http { get; }

    /// <summary>Settings every fault run gives the bot: its own tables, no App ID (loopback only), the test secrets, quiet logs.</summary>
    public static Dictionary<string, string?> Settings(string tablesConnectionString, string tablePrefix, string? postgres = null) => new()
    {
        ["Storage:ConnectionString"] = tablesConnectionString,
        [BotUnderTest.TablePrefixSetting] = tablePrefix,
        ["Scheduling:SqlitePath"] = Path.Combine(Path.GetTempPath(), "trivselsbot-faults", tablePrefix, "scheduler.db"),
        ["Scheduling:PostgresConnectionString"] = postgres,
        ["Privacy:PseudonymSecret"] = TestSecrets.Pseudonym,
        ["Privacy:CardSigningSecret"] = TestSecrets.CardSigning,
        ["Logging:LogLevel:Default"] = "Warning",
    };

    public static async Task<BotProcess> StartAsync(string name, IDictionary<string, string?> settings, int? port = null)
    {
        var all = new Dictionary<string, string?>(settings);
        var chosen = port ?? LocalPorts.Free();
        var bot = new BotProcess(name, all, chosen, Launch(name, all, chosen));
        await bot.WaitUntilReadyAsync();
        return bot;
    }

    /// <summary>kill -9: no shutdown hooks, no flush, requests in flight cut off.</summary>
    public async Task KillAsync()
    {
        if (_process.HasExited) return;
        _process.Kill();
        await _process.WaitForExitAsync();
    }

    /// <summary>Starts the process again on the same port with the same settings (after <see cref="KillAsync"/>).</summary>
    public async Task RestartAsync()
    {
        await KillAsync();
        _process.Dispose();
        _process = Launch(_name, _settings, Port);
        await WaitUntilReadyAsync();
    }

    /// <summary>Resident memory (VmRSS) of the process in bytes, from /proc.</summary>
    public long ResidentBytes()
    {
        var line = File.ReadLines($"/proc/{_process.Id}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line["VmRSS:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
    }

    /// <summary>Whether the process holds an open TCP connection to <paramref name="port"/> on loopback (it is talking to that server).</summary>
    public bool IsConnectedTo(int port) => LoopbackSockets.ProcessHasConnectionTo(_process.Id, port);

    public Task<HttpResponseMessage> PostActivityAsync(JsonNode activity) => PostRawAsync(activity.ToJsonString());

    public Task<HttpResponseMessage> PostRawAsync(string body, string contentType = "application/json")
    {
        var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return Http.PostAsync("api/messages", content);
    }

    /// <summary>The local-try endpoint that fires a team's pulse job in Quartz at once.</summary>
    public async Task FirePulseAsync(string tenantId, string conversationId)
    {
        using var response = await Http.PostAsync(
            $"local/pulse-now?tenant={Uri.EscapeDataString(tenantId)}&conversation={Uri.EscapeDataString(conversationId)}", null);
        if ((int)response.StatusCode != 202) throw new InvalidOperationException($"pulse-now answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    private static Process Launch(string name, Dictionary<string, string?> settings, int port)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "TrivselsBot.dll");
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", $"http://127.0.0.1:{port}", "--contentRoot", AppContext.BaseDirectory])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        foreach (var (key, value) in settings) start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value ?? "";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var process = Process.Start(start)!;
        var log = new StreamWriter(Path.Combine(RepoPaths.TestOutput("faults"), name + ".log"), append: true) { AutoFlush = true };
        var gate = new Lock();
        void Write(string? line)
        {
            if (line is null) return;
            lock (gate) log.WriteLine(line);
        }
        process.OutputDataReceived += (_, e) => Write(e.Data);
        process.ErrorDataReceived += (_, e) => Write(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private async Task WaitUntilReadyAsync()
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            if (_process.HasExited) throw new InvalidOperationException($"The bot process '{_name}' exited with {_process.ExitCode}; see test-output/faults/{_name}.log");
            try
            {
                using var response = await Http.GetAsync("healthz");
                if (response.IsSuccessStatusCode) return;
            }
            catch (HttpRequestException)
            {
            }
            if (deadline.Elapsed > TimeSpan.FromSeconds(60)) throw new TimeoutException($"The bot process '{_name}' did not become healthy within 60 s.");
            await Task.Delay(200);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
        Http.Dispose();
    }
}
