using TrivselsBot.Administration;
using TrivselsBot.BotConnector;
using TrivselsBot.CheckIns.Cards;
using TrivselsBot.CheckIns.Delivery;
using TrivselsBot.CheckIns.Questions;
using TrivselsBot.Closing;
using TrivselsBot.Groups;
using TrivselsBot.LeaderPulse;
using TrivselsBot.Privacy;
using TrivselsBot.Scheduling;
using TrivselsBot.Setup;
using TrivselsBot.Teams;

namespace TrivselsBot.CheckIns;

/// <summary>
/// A team's weekly pulse: claim the period (only one instance sends), close any ended week the Monday close run missed,
/// read the roster, leave out those who paused, send everyone a signed card 1:1, and schedule the one reminder.
/// </summary>
public sealed class PulseRunner(
    TeamSetupStore setups,
    TeamSchedules schedules,
    PulseRuns runs,
    TeamRoster roster,
    PausedMembers paused,
    WeekClosing closing,
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
        await CloseEndedWeeksAsync(setup, ct);

        IReadOnlyList<BotConnector.TeamsChannelAccount> members;
        IReadOnlyList<BotConnector.TeamsChannelAccount> present;
        FanOutReport report;
        try
        {
            members = await roster.GetMembersAsync(setup.ServiceUrl, team.ConversationId, ct)
                ?? throw new InvalidOperationException("The team's roster could not be read.");
            var pausedMembers = await paused.PausedInTenantAsync(team.TenantId, ct);
            present = members.Where(m => !pausedMembers.Contains(pseudonyms.For(m.AadObjectId!))).ToList();
            var recipients = present
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

        await SendLeaderPulseAsync(setup, period, present, ct);
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

    private async Task CloseEndedWeeksAsync(TeamSetup setup, CancellationToken ct)
    {
        try
        {
            await closing.CloseEndedWeeksAsync(setup, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Closing must never cost this week's pulse; the Monday close run tries again.
            log.LogError(e, "Closing the team's ended weeks failed");
        }
    }
}
