using Microsoft.Extensions.Options;
using TrivselsBot.Closing;
using TrivselsBot.Scheduling;
using TrivselsBot.Setup;
using TrivselsBot.Trio;

namespace TrivselsBot.Hosting;

public static class LocalTryEndpoints
{
    /// <summary>
    /// Time on demand, so a person trying the bot in the Playground (and the end-to-end tests) need not wait for Monday:
    /// POST /local/pulse-now?tenant=…&amp;conversation=… fires a team's pulse at once; POST /local/close-week-now moves the
    /// bot's clock to the start of next week and runs the week closing, so this week's answers are counted in the summary;
    /// POST /local/trio-agenda-now?tenant=…&amp;conversation=… sends a TRIO its next meeting's agenda; POST
    /// /local/trio-reminders-now runs the TRIO action reminders. Exist only without an App ID, answer only loopback.
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
        app.MapPost("/local/close-week-now", async (HttpContext http, LocalTryClock clock, WeekClosing closing) =>
        {
            if (!LoopbackGuard.IsLoopback(http.Connection.RemoteIpAddress)) return Results.StatusCode(StatusCodes.Status403Forbidden);
            var ended = clock.EndCurrentWeek();
            await closing.CloseAllAsync(http.RequestAborted);
            return Results.Ok(new { closedWeek = ended.ToString(), now = clock.GetUtcNow() });
        });
        app.MapPost("/local/trio-agenda-now", async (HttpContext http, string tenant, string conversation, TrioStore trios, TrioSchedules schedules) =>
        {
            if (!LoopbackGuard.IsLoopback(http.Connection.RemoteIpAddress)) return Results.StatusCode(StatusCodes.Status403Forbidden);
            var team = new TeamRef(tenant, conversation);
            if (await trios.GetSetupAsync(team, http.RequestAborted) is null) return Results.NotFound(new { error = "That team has no TRIO." });
            await schedules.FireAgendaNowAsync(team, http.RequestAborted);
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
