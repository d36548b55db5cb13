using TrivselsBot.Hosting;
using TrivselsBot.Storage;
using TrivselsBot.Teams;

namespace TrivselsBot;

/// <summary>The whole service, as a table of contents. Tests build it the same way with their own settings.</summary>
public static class TrivselsBotApp
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);

        builder.AddBotHosting();
        builder.Services.AddTableStorage(builder.Configuration);
        builder.Services.AddTeamsConversations();

        var app = builder.Build();
        StartupSafety.RefuseUnsafeStart(app);
        app.MapBotMessages();
        app.MapGet("/", () => Results.Text("TrivselsBot is running. Teams talks to POST /api/messages."));
        return app;
    }
}
