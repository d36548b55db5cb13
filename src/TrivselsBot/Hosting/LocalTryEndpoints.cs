using Microsoft.Extensions.Options;
using TrivselsBot.Scheduling;
using TrivselsBot.Setup;
using TrivselsBot.Trio;

namespace TrivselsBot.Hosting;

public static class LocalTryEndpoints
{
    /// <summary>
    /// POST /local/pulse-now?tenant=…&amp;conversation=… fires a team's pulse at once, so a person trying the bot in the
    /// Playground (and the end-to-end tests) need not wait for Monday. POST /local/trio-reminders-now runs the TRIO action
    /// reminders (a TRIO's agenda is at hand with "trio dagsorden"). Exist only without an App ID, on loopback.
    /// </summary>
    public static WebApplication MapLocalTryEndpoints(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<BotOptions>>().Value.IsAuthenticated) return app;
        app.MapPost("/local/pulse-now", async (HttpContext http, string tenant, string conversation, TeamSchedules schedules, TeamSetupStore setups) =>
        {
            if (!LoopbackGuard.IsLoopback(http.Connection.RemoteIpAddress)) return Results.StatusCode(StatusCodes.Status403Forbidden);
            var team = new TeamRef(tenant, conversation);
            if (await setups.GetAsync(team, http.RequestAborted) is null) return Results.NotFound(new { error = "That team is not set up." });
            await schedules.FirePulseNowAsync(team, http.RequestAborted);
            return Results.Accepted();
        });
        app.MapPost("/local/trio-reminders-now", async (HttpContext http, TrioSchedules schedules) =>
        {
            if (!LoopbackGuard.IsLoopback(http.Connection.RemoteIpAddress)) return Results.StatusCode(StatusCodes.Status403Forbidden);
            await schedules.FireRemindersNowAsync(http.RequestAborted);
            return Results.Accepted();
        });
        return app;
    }
}
