using TrivselsBot.Administration;
using TrivselsBot.AmrContact;
using TrivselsBot.CheckIns;
using TrivselsBot.Dialogue;
using TrivselsBot.Closing;
using TrivselsBot.Demo;
using TrivselsBot.Graph;
using TrivselsBot.Groups;
using TrivselsBot.Hosting;
using TrivselsBot.LeaderPulse;
using TrivselsBot.Organisation;
using TrivselsBot.Privacy;
using TrivselsBot.Scheduling;
using TrivselsBot.Setup;
using TrivselsBot.Storage;
using TrivselsBot.Summaries;
using TrivselsBot.Teams;
using TrivselsBot.Trio;

namespace TrivselsBot;

/// <summary>The whole service, as a table of contents. Tests build it the same way with their own settings.</summary>
public static class TrivselsBotApp
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);
        builder.Host.UseDefaultServiceProvider(o => o.ValidateOnBuild = o.ValidateScopes = true);

        builder.AddBotHosting();
        builder.Services.AddPrivacy(builder.Configuration);
        builder.Services.AddTableStorage(builder.Configuration);
        builder.Services.AddScheduling(builder.Configuration);
        builder.Services.AddTeamsConversations();
        builder.Services.AddGraph(builder.Configuration);
        builder.Services.AddTeamSetup();
        builder.Services.AddCheckIns(builder.Configuration);
        builder.Services.AddDialogue(builder.Configuration);
        builder.Services.AddAmrContact(builder.Configuration);
        builder.Services.AddLeaderPulse(builder.Configuration);
        builder.Services.AddWeekClosing();
        builder.Services.AddSummaries(builder.Configuration);
        builder.Services.AddTeamGroups();
        builder.Services.AddTrio(builder.Configuration);
        builder.Services.AddAdministration(builder.Configuration);
        builder.Services.AddTelemetry(builder.Configuration);
        builder.Services.AddOrganisation();
        builder.AddDemo();
        if (!BotOptions.IsAuthenticatedBy(builder.Configuration)) LocalTryClock.Register(builder.Services);

        var app = builder.Build();
        StartupSafety.RefuseUnsafeStart(app);
        app.UseLastResortErrorHandler();
        app.MapBotMessages();
        app.MapLocalTryEndpoints();
        app.MapHealthEndpoint();
        app.MapGet("/", () => Results.Text("TrivselsBot is running. Teams talks to POST /api/messages."));
        return app;
    }
}
