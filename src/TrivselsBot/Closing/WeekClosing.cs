using Microsoft.Extensions.Options;
using TrivselsBot.CheckIns;
using TrivselsBot.CheckIns.Delivery;
using TrivselsBot.Groups;
using TrivselsBot.LeaderPulse;
using TrivselsBot.Privacy;
using TrivselsBot.Setup;
using TrivselsBot.Summaries;
using TrivselsBot.Teams;

namespace TrivselsBot.Closing;

/// <summary>
/// Closes pulse weeks that have ended: half-written participation rows are sealed, the inbox is moved, and the week's
/// aggregates are written once. Every step may run again, so the Monday close run, the pulse's safety net, a retry and
/// a second instance can all close the same week and the result is the same.
/// </summary>
public sealed class WeekClosing(
    TeamSetupStore setups,
    PulseRuns runs,
    AnswerStore answers,
    AggregateStore aggregates,
    GroupAggregateStore groupAggregates,
    PulseDelivery delivery,
    LeaderSummaryDelivery leaderSummaries,
    TeamRoster roster,
    IOptions<PrivacyOptions> privacy,
    TimeProvider time,
    ILogger<WeekClosing> log)
{
    /// <summary>
    /// Every configured team's ended weeks, then the leaders' own weeks of each tenant, then the automatic summary of
    /// the week that ended last. Only teams with a setup are read, so an erased team is never written to again.
    /// </summary>
    public async Task CloseAllAsync(CancellationToken ct)
    {
        var closed = new List<(TeamSetup Setup, IReadOnlyList<PulsePeriod> Weeks)>();
        await foreach (var setup in setups.AllAsync(ct))
        {
            await TryAsync("Closing the ended weeks of a team", async () => closed.Add((setup, await CloseTeamAsync(setup, ct))));
        }
        foreach (var tenant in closed.GroupBy(t => t.Setup.Team.TenantId))
        {
            await TryAsync("Closing the leaders' own weeks", () => CloseLeaderWeeksAsync(tenant.Key, tenant.SelectMany(t => t.Weeks), ct));
        }
        foreach (var (setup, weeks) in closed)
        {
            await TryAsync("Sending the leaders' summary", () => SendSummaryAsync(setup, weeks, ct));
        }
    }

    /// <summary>The pulse's safety net: the team's ended weeks and the leaders' weeks beside them, should the close run have been missed.</summary>
    public async Task CloseEndedWeeksAsync(TeamSetup setup, CancellationToken ct) =>
        await CloseLeaderWeeksAsync(setup.Team.TenantId, await CloseTeamAsync(setup, ct), ct);

    /// <summary>
    /// Closes every ended week of the team that had a pulse run and has no aggregate yet, each under the larger of the k
    /// when its pulse went out and the setup's k now. Returns every ended week that had a run.
    /// </summary>
    public async Task<IReadOnlyList<PulsePeriod>> CloseTeamAsync(TeamSetup setup, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var ended = (await runs.AllAsync(setup.Team, ct)).Where(r => r.Period.IsClosedAt(now)).ToList();
        if (ended.Count == 0) return [];
        var closed = await ClosedWeeksAsync(setup.Team, ended[0].Period, ended[^1].Period, ct);
        foreach (var run in ended.Where(r => !closed.Contains(r.Period)))
        {
            await CloseAsync(setup.Team, run.Period, run.RosterSize, Math.Max(run.MinimumGroupSize, setup.MinimumGroupSize), withGroups: true, ct);
            log.LogInformation("Week {Week} of a team is closed", run.Period);
        }
        return [.. ended.Select(r => r.Period)];
    }

    /// <summary>
    /// The tenant's leader group closes the same weeks as its teams, each one that had a leader card sent, under the
    /// larger of the largest k its cards went out under and the tenant's k now.
    /// </summary>
    public async Task CloseLeaderWeeksAsync(string tenantId, IEnumerable<PulsePeriod> weeks, CancellationToken ct)
    {
        var group = LeaderGroup.Of(tenantId);
        var now = time.GetUtcNow();
        var ended = weeks.Where(w => w.IsClosedAt(now)).Distinct().Order().ToList();
        if (ended.Count == 0) return;
        var closed = await ClosedWeeksAsync(group, ended[0], ended[^1], ct);
        foreach (var week in ended.Where(w => !closed.Contains(w)))
        {
            var sentTo = await delivery.SentToAsync(group, week, DeliveryKind.LeaderPulse, ct);
            if (sentTo.Count == 0) continue;
            var sentUnder = (await runs.GetAsync(group, week, ct))?.MinimumGroupSize ?? 0;
            await CloseAsync(group, week, sentTo.Count, Math.Max(sentUnder, privacy.Value.MinimumGroupSize), withGroups: false, ct);
        }
    }

    /// <summary>The week that ended last, sent to the team's leaders once, when the team had a pulse that week.</summary>
    private async Task SendSummaryAsync(TeamSetup setup, IReadOnlyList<PulsePeriod> endedWeeks, CancellationToken ct)
    {
        var lastEnded = PulsePeriod.Containing(time.GetUtcNow()).Previous;
        if (!setup.SendSummaryToLeaders || !endedWeeks.Contains(lastEnded)) return;
        var members = await roster.GetMembersAsync(setup.ServiceUrl, setup.Team.ConversationId, ct)
            ?? throw new InvalidOperationException("The team's roster could not be read; the leaders can ask with resumé.");
        await leaderSummaries.SendAsync(setup, lastEnded, members, ct);
    }

    private async Task<HashSet<PulsePeriod>> ClosedWeeksAsync(TeamRef team, PulsePeriod from, PulsePeriod to, CancellationToken ct) =>
        [.. (await aggregates.GetRangeAsync(team, from, to, ct)).Select(a => a.Period)];

    private async Task CloseAsync(TeamRef team, PulsePeriod week, int rosterSize, int k, bool withGroups, CancellationToken ct)
    {
        await answers.SealWeekAsync(team, week, ct);
        await answers.FlushAsync(team, week, k, periodClosed: true, ct);
        if (withGroups) await groupAggregates.RecomputeAsync(team, week, await answers.StoredScoresByGroupAsync(team, week, ct), k, ct);
        // The team's row goes last: it is what marks the week closed, so a close cut off before it is done again in full.
        await aggregates.RecomputeAsync(team, week, await answers.StoredScoresAsync(team, week, ct), rosterSize, k, ct);
    }

    private async Task TryAsync(string what, Func<Task> step)
    {
        try
        {
            await step();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // One team's failure must not hold up the others. A week left open is closed by the next run or the team's next
            // pulse; a summary that did not go out can still be read with resumé.
            log.LogError(e, "{Step} failed", what);
        }
    }
}
