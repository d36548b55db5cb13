using Microsoft.Extensions.Options;

namespace TrivselsBot.Hosting;

public static class StartupSafety
{
    /// <summary>Without an App ID the bot authenticates nobody, so it refuses to start unless it listens on loopback only.</summary>
    public static void RefuseUnsafeStart(WebApplication app)
    {
        var bot = app.Services.GetRequiredService<IOptions<BotOptions>>().Value;
        if (bot.IsAuthenticated)
        {
            if (string.IsNullOrWhiteSpace(bot.AppPassword))
            {
                throw new InvalidOperationException("Bot:AppId is set but Bot:AppPassword is empty: the bot could not answer Teams. Set the app registration's client secret.");
            }
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
