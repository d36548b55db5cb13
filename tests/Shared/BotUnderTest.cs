using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace TrivselsBot.Testing;

public static class TestSecrets
{
    public static readonly string Pseudonym = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
    public static readonly string CardSigning = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
    public static readonly string ReplyHandle = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
}

/// <summary>The real bot, built by <see cref="TrivselsBotApp"/> and listening on a free loopback port.</summary>
public sealed class BotUnderTest : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BotUnderTest(WebApplication app, Uri baseAddress)
    {
        _app = app;
        Http = new HttpClient { BaseAddress = baseAddress };
    }

    public HttpClient Http { get; }

    public Uri MessagesUrl => new(Http.BaseAddress!, "api/messages");

    public IServiceProvider Services => _app.Services;

    public const string TablePrefixSetting = "Storage:TablePrefix";

    /// <summary>A fresh <see cref="TablePrefixSetting"/>: tables no other bot started by the tests sees. Pass one to every start that must see the same data (a restart).</summary>
    public static string NewTablePrefix() => "t" + Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(5)) + "0";

    /// <summary>Settings giving every start of the bot they are passed to the same tables of their own.</summary>
    public static Dictionary<string, string?> SharedTables() => new() { [TablePrefixSetting] = NewTablePrefix() };

    /// <param name="settings">Without <see cref="TablePrefixSetting"/> the bot gets its own tables (<see cref="NewTablePrefix"/>), so it neither sees nor serves the teams of other tests sharing the Azurite.</param>
    /// <param name="services">Registrations made before the app's own, which keep them where they allow it (a Graph installer with a test credential).</param>
    public static async Task<BotUnderTest> StartAsync(string tablesConnectionString, IDictionary<string, string?>? settings = null, int? port = null, TimeProvider? time = null,
        Action<IServiceCollection>? services = null)
    {
        var all = new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = tablesConnectionString,
            [TablePrefixSetting] = NewTablePrefix(),
            ["Scheduling:SqlitePath"] = Path.Combine(Path.GetTempPath(), "trivselsbot-tests", Guid.NewGuid().ToString("N"), "scheduler.db"),
            ["Privacy:PseudonymSecret"] = TestSecrets.Pseudonym,
            ["Privacy:CardSigningSecret"] = TestSecrets.CardSigning,
            ["Privacy:ReplyHandleSecret"] = TestSecrets.ReplyHandle,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) all[key] = value;

        var app = TrivselsBotApp.Build(["--urls", $"http://127.0.0.1:{port ?? 0}"], builder =>
        {
            builder.Configuration.AddInMemoryCollection(all);
            if (time is not null) builder.Services.AddSingleton(time);
            services?.Invoke(builder.Services);
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
        });
        await app.StartAsync();
        return new BotUnderTest(app, new Uri(app.Urls.First() + "/"));
    }

    public T Service<T>() where T : notnull => _app.Services.GetRequiredService<T>();

    public Task<HttpResponseMessage> PostActivityAsync(JsonNode activity, string? bearerToken = null) =>
        PostRawAsync(activity.ToJsonString(), bearerToken);

    public Task<HttpResponseMessage> PostRawAsync(string body, string? bearerToken = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "api/messages")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (bearerToken is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearerToken);
        return Http.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
