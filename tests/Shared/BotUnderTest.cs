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

    /// <param name="services">Registrations made before the app's own, which keep them where they allow it (a Graph installer with a test credential).</param>
    public static async Task<BotUnderTest> StartAsync(string tablesConnectionString, IDictionary<string, string?>? settings = null, int? port = null, TimeProvider? time = null,
        Action<IServiceCollection>? services = null)
    {
        var all = new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = tablesConnectionString,
            ["Scheduling:SqlitePath"] = Path.Combine(Path.GetTempPath(), "trivselsbot-tests", Guid.NewGuid().ToString("N"), "scheduler.db"),
            ["Privacy:PseudonymSecret"] = TestSecrets.Pseudonym,
            ["Privacy:CardSigningSecret"] = TestSecrets.CardSigning,
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
