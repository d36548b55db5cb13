using Microsoft.Extensions.Options;
using TrivselsBot.BotConnector;

namespace TrivselsBot.Hosting;

public static class StartupSafety
{
    /// <summary>
    /// Sign-in settings that could not work stop the start (a certificate is loaded now, not at the first send).
    /// Without an App ID the bot authenticates nobody, so it refuses to start unless it listens on loopback only.
    /// </summary>
    public static void RefuseUnsafeStart(WebApplication app)
    {
        var bot = app.Services.GetRequiredService<IOptions<BotOptions>>().Value;
        if (BotCredentials.Problem(bot) is { } problem)
        {
            throw new InvalidOperationException(problem);
        }
        if (bot.IsAuthenticated)
        {
            app.Services.GetRequiredService<IConnectorTokenProvider>();
            return;
        }

        var urls = ConfiguredUrls(app.Configuration);
        if (!LoopbackGuard.IsLoopbackOnly(urls))
        {
            throw new InvalidOperationException(
                $"Bot:AppId is empty, so inbound activities cannot be authenticated, but the bot would listen on {string.Join(", ", urls)}. " +
                "Set Bot:AppId (and Bot:AppPassword) or bind to 127.0.0.1 only.");
        }
        app.Logger.LogWarning(
            "*** NO AUTHENTICATION *** Bot:AppId is empty: accepting unauthenticated activities from loopback only ({Urls}). " +
            "This is for a local try with the Agents Playground, never for production.", string.Join(", ", urls));
    }

    private static string[] ConfiguredUrls(IConfiguration configuration)
    {
        var urls = configuration["urls"] ?? configuration["ASPNETCORE_URLS"];
        var endpoints = configuration.GetSection("Kestrel:Endpoints").GetChildren().Select(e => e["Url"]).OfType<string>();
        var all = (urls?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? []).Concat(endpoints).ToArray();
        return all.Length > 0 ? all : ["http://localhost:5000"];
    }
}
