using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using TrivselsBot.Chat;
using TrivselsBot.CheckIns;
using TrivselsBot.CheckIns.Delivery;
using TrivselsBot.Scheduling;
using TrivselsBot.Setup;
using TrivselsBot.Summaries;

namespace TrivselsBot.Administration;

/// <summary>What an administrator sees in "status": the health of the service and every set-up team of the tenant.</summary>
public sealed record AdminStatusReport(string Version, IReadOnlyDictionary<string, HealthStatus> Health, IReadOnlyList<TeamStatus> Teams, int MoreTeams);

/// <summary>
/// One team: when its next pulse goes, last week's response rate (a <see cref="Figure"/>, suppressed under the team's k),
/// and how this week's pulse is going out (null before it has).
/// </summary>
public sealed record TeamStatus(string Name, DateTimeOffset? NextPulse, PulsePeriod LastWeek, Figure LastWeekResponseRate, FanOutProgress? ThisWeek);

/// <summary>"status" in a 1:1 chat by an administrator; anyone else's "status" is left to the team status.</summary>
public sealed class AdminStatus(
    IOptions<AdministrationOptions> administration,
    TeamSetupStore setups,
    TeamSchedules schedules,
    PulseRuns runs,
    PulseDelivery delivery,
    AggregateStore aggregates,
    HealthCheckService health,
    TimeProvider time)
{
    /// <summary>A card has room for this many teams; the rest are counted.</summary>
    public const int TeamsShown = 40;

    /// <summary>Answers with the tenant's status card when an administrator asks in a 1:1 chat; false, having said nothing, otherwise.</summary>
    public async Task<bool> TryAnswerAsync(Turn turn, CancellationToken ct)
    {
        var tenant = turn.Activity.Conversation?.TenantId ?? turn.Activity.ChannelData?.Tenant?.Id;
        var isPersonal = turn.Activity.Conversation?.ConversationType is null or "personal";
        if (!isPersonal || tenant is null || !administration.Value.IsAdmin(turn.Activity.From?.AadObjectId)) return false;
        await turn.ReplyAsync(AdminStatusCard.Build(turn.Language, await BuildAsync(tenant, ct)), ct);
        return true;
    }

    public async Task<AdminStatusReport> BuildAsync(string tenantId, CancellationToken ct)
    {
        var report = await health.CheckHealthAsync(ct);
        var checks = report.Entries.ToDictionary(e => e.Key, e => e.Value.Status);
        var thisWeek = PulsePeriod.Containing(time.GetUtcNow());
        var inTenant = new List<TeamSetup>();
        await foreach (var setup in setups.AllAsync(ct))
        {
            if (setup.Team.TenantId == tenantId) inTenant.Add(setup);
        }
        var teams = new List<TeamStatus>();
        foreach (var setup in inTenant.OrderBy(s => s.Name, StringComparer.CurrentCulture).Take(TeamsShown))
        {
            teams.Add(await TeamAsync(setup, thisWeek, ct));
        }
        return new AdminStatusReport(BotTelemetry.Version, checks, teams, inTenant.Count - teams.Count);
    }

    private async Task<TeamStatus> TeamAsync(TeamSetup setup, PulsePeriod thisWeek, CancellationToken ct)
    {
        var lastWeek = thisWeek.Previous;
        var aggregate = (await aggregates.GetRangeAsync(setup.Team, lastWeek, lastWeek, ct)).SingleOrDefault();
        var run = await runs.GetAsync(setup.Team, thisWeek, ct);
        var progress = run is null ? null : await delivery.GetProgressAsync(setup.Team, thisWeek, DeliveryKind.Pulse, run.Recipients, ct);
        return new TeamStatus(
            setup.Name,
            await schedules.NextPulseAsync(setup.Team, ct),
            lastWeek,
            new KAnonymity(setup.MinimumGroupSize).ResponseRate(aggregate),
            progress);
    }
}
