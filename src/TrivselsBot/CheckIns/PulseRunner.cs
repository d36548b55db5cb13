using TrivselsBot.Administration;
using TrivselsBot.BotConnector;
using TrivselsBot.CheckIns.Cards;
using TrivselsBot.CheckIns.Delivery;
using TrivselsBot.CheckIns.Questions;
using TrivselsBot.Groups;
using TrivselsBot.LeaderPulse;
using TrivselsBot.Privacy;
using TrivselsBot.Scheduling;
using TrivselsBot.Setup;
using TrivselsBot.Summaries;
using TrivselsBot.Teams;

namespace TrivselsBot.CheckIns;

/// <summary>
/// A team's weekly pulse: claim the period (only one instance sends), read the roster, leave out those who paused,
/// send everyone a signed card 1:1, and schedule the one reminder.
/// </summary>
public sealed class PulseRunner(
    TeamSetupStore setups,
    TeamSchedules schedules,
    PulseRuns runs,
    TeamRoster roster,
    PausedMembers paused,
    AnswerStore answers,
    AggregateStore aggregates,
    GroupAggregateStore groupAggregates,
    LeaderSummaryDelivery leaderSummaries,
    LeaderPulseRun leaderPulse,
    PulseDelivery delivery,
    QuestionBank bank,
    PulseTicketSigner signer,
    MemberPseudonym pseudonyms,
    DanishWorkingDays calendar,
    TimeProvider time,
    BotTelemetry telemetry,
    ILogger<PulseRunner> log) : IPulseRunner
{
    public async Task RunAsync(TeamRef team, DateTimeOffset scheduledFireTime, CancellationToken ct, bool recovering = false)
    {
        using var span = BotTelemetry.Pulses.StartActivity("pulse");
        var setup = await setups.GetAsync(team, ct);
        if (setup is null)
        {
            log.LogWarning("A pulse fired for a team with no setup; its schedule is removed");
            await schedules.UnscheduleTeamAsync(team, ct);
            return;
        }
        var period = PulsePeriod.Containing(scheduledFireTime);
        if (period.IsClosedAt(time.GetUtcNow())) return;

        var questionIds = QuestionRotation.Choose(bank, period, setup.QuestionsPerPulse).Select(q => q.Id).ToList();
        var claim = await runs.TryClaimAsync(team, period, questionIds, senderDied: recovering, ct);
        if (claim is null)
        {
            log.LogInformation("The pulse of {Period} is sent or being sent by another instance", period);
            return;
        }
        var run = claim.Run;
        var lastWeekHadPulse = await CloseWeekAsync(team, period.Previous, setup.MinimumGroupSize, ct);

        IReadOnlyList<BotConnector.TeamsChannelAccount> members;
        FanOutReport report;
        try
        {
            members = await roster.GetMembersAsync(setup.ServiceUrl, team.ConversationId, ct)
                ?? throw new InvalidOperationException("The team's roster could not be read.");
            var pausedMembers = await paused.PausedInTenantAsync(team.TenantId, ct);
            var recipients = members
                .Where(m => !pausedMembers.Contains(pseudonyms.For(m.AadObjectId!)))
                .Select(m => new TeamMember(m.Id!, m.AadObjectId!, m.Name ?? ""))
                .ToList();
            run = run with { RosterSize = members.Count, Recipients = recipients.Count, MinimumGroupSize = Math.Max(run.MinimumGroupSize, setup.MinimumGroupSize) };
            await runs.SaveAsync(run, ct);

            var questions = run.QuestionIds.Select(bank.Get).ToList();
            report = await delivery.DeliverAsync(team, period, DeliveryKind.Pulse, setup.ServiceUrl, new ChannelAccount { Id = setup.BotId },
                recipients, member => PulseActivities.Card(setup, run, questions, signer.Sign(new PulseTicket(team.Key, period, run.QuestionIds, pseudonyms.For(member.AadObjectId), TeamGroup.Of(setup, member.AadObjectId, members))), isReminder: false), ct);
            telemetry.PulsesSent(report.Sent, "pulse");
        }
        catch (Exception)
        {
            // A failed roster read, a storage error or a shutdown mid-way: the members not reached yet are sent later this week.
            await ResumeLaterAsync(run, CancellationToken.None);
            throw;
        }

        if (report.ClaimedElsewhere > 0)
        {
            // Members still held by a sender that died may or may not have their card; they are taken over once
            // their claim is stale, so come back then rather than skip them for the week.
            await ResumeLaterAsync(run, ct);
        }
        else
        {
            await runs.SaveAsync(run with { Sent = true }, ct);
        }
        log.LogInformation("Pulse {Period} sent: {Sent} sent, {Unreachable} unreachable, {Failed} failed, {NotInstalled} app not installable",
            period, report.Sent, report.Unreachable, report.Failed, report.NotInstalled);

        var remindAt = TeamSchedules.ReminderTime(scheduledFireTime, setup.ReminderWorkingDays, calendar);
        if (remindAt < period.End) await schedules.ScheduleReminderAsync(team, period, remindAt, ct);

        await SendLeaderPulseAsync(setup, period, members, ct);
        if (lastWeekHadPulse) await SendLeaderSummaryAsync(setup, period.Previous, members, ct);
    }

    private async Task SendLeaderPulseAsync(TeamSetup setup, PulsePeriod period, IReadOnlyList<BotConnector.TeamsChannelAccount> members, CancellationToken ct)
    {
        try
        {
            await leaderPulse.SendAsync(setup, period, members, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "Sending the leader pulse of {Period} failed; the next team's run this week tries again", period);
        }
    }

    private async Task ResumeLaterAsync(PulseRun run, CancellationToken ct)
    {
        var resumeAt = time.GetUtcNow() + delivery.StaleClaimAfter + TimeSpan.FromMinutes(1);
        await runs.ReleaseAsync(run, ct);
        if (resumeAt < run.Period.End) await schedules.ScheduleResumeAsync(run.Team, run.Period, resumeAt, ct);
        log.LogWarning("The pulse of {Period} did not reach everyone yet; it resumes at {At}", run.Period, resumeAt);
    }

    private async Task SendLeaderSummaryAsync(TeamSetup setup, PulsePeriod closedWeek, IReadOnlyList<BotConnector.TeamsChannelAccount> members, CancellationToken ct)
    {
        try
        {
            await leaderSummaries.SendAsync(setup, closedWeek, members, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "Sending the summary of week {Week} to the leaders failed; they can ask with resumé", closedWeek);
        }
    }

    /// <summary>
    /// Moves last week's remaining answers and computes its aggregates once, at close: computing them mid-week would
    /// let a leader subtract an earlier view from a later one.
    /// </summary>
    private async Task<bool> CloseWeekAsync(TeamRef team, PulsePeriod week, int minimumGroupSize, CancellationToken ct)
    {
        try
        {
            if (await runs.GetAsync(team, week, ct) is not { } lastRun) return false;
            var k = Math.Max(lastRun.MinimumGroupSize, minimumGroupSize);
            await answers.SealWeekAsync(team, week, ct);
            await answers.FlushAsync(team, week, k, periodClosed: true, ct);
            await aggregates.RecomputeAsync(team, week, await answers.StoredScoresAsync(team, week, ct), lastRun.RosterSize, k, ct);
            await groupAggregates.RecomputeAsync(team, week, await answers.StoredScoresByGroupAsync(team, week, ct), k, ct);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Closing last week must never cost this week's pulse; the close is tried again by the next run.
            log.LogError(e, "Closing week {Week} failed", week);
            return false;
        }
    }
}
