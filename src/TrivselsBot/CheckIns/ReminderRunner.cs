using TrivselsBot.Administration;
using TrivselsBot.BotConnector;
using TrivselsBot.CheckIns.Delivery;
using TrivselsBot.CheckIns.Questions;
using TrivselsBot.Privacy;
using TrivselsBot.Scheduling;
using TrivselsBot.Setup;
using TrivselsBot.Teams;

namespace TrivselsBot.CheckIns;

/// <summary>
/// One kind reminder, only to those who got the pulse, have not answered and have not paused; never after the period
/// closed, and never on a day off (weekend, holiday, closed day): then it moves to the next working day of the week.
/// </summary>
public sealed class ReminderRunner(
    TeamSetupStore setups,
    PulseRuns runs,
    TeamRoster roster,
    PausedMembers paused,
    AnswerStore answers,
    PulseDelivery delivery,
    QuestionBank bank,
    PulseTicketSigner signer,
    MemberPseudonym pseudonyms,
    TeamSchedules schedules,
    DanishWorkingDays calendar,
    TimeProvider time,
    BotTelemetry telemetry,
    ILogger<ReminderRunner> log) : IReminderRunner
{
    public async Task RunAsync(TeamRef team, PulsePeriod period, CancellationToken ct)
    {
        using var span = BotTelemetry.Pulses.StartActivity("reminder");
        var now = time.GetUtcNow();
        if (period.IsClosedAt(now)) return;
        var setup = await setups.GetAsync(team, ct);
        if (setup is null) return;
        if (!calendar.IsWorkingDay(DateOnly.FromDateTime(Copenhagen.LocalTime(now))))
        {
            // Fired late (the service was down) or scheduled before the day was known as closed: the next working day
            // still in the week, at the team's pulse time rather than whatever hour the service came back; by the
            // weekend that is none.
            var next = TeamSchedules.ReminderTime(now, 0, calendar, setup.PulseTime);
            if (next < period.End) await schedules.ScheduleReminderAsync(team, period, next, ct);
            return;
        }
        var run = await runs.GetAsync(team, period, ct);
        if (run is null) return;

        var members = await roster.GetMembersAsync(setup.ServiceUrl, team.ConversationId, ct)
            ?? throw new InvalidOperationException("The team's roster could not be read.");
        var respondents = await answers.RespondentsAsync(team, period, ct);
        var pausedMembers = await paused.PausedInTenantAsync(team.TenantId, ct);
        var sentPulse = await delivery.SentToAsync(team, period, DeliveryKind.Pulse, ct);
        var recipients = members
            .Select(m => (Member: m, Pseudonym: pseudonyms.For(m.AadObjectId!)))
            .Where(m => sentPulse.Contains(m.Pseudonym) && !respondents.Contains(m.Pseudonym) && !pausedMembers.Contains(m.Pseudonym))
            .Select(m => new TeamMember(m.Member.Id!, m.Member.AadObjectId!, m.Member.Name ?? ""))
            .ToList();

        var questions = run.QuestionIds.Select(bank.Get).ToList();
        var report = await delivery.DeliverAsync(team, period, DeliveryKind.Reminder, setup.ServiceUrl, new ChannelAccount { Id = setup.BotId },
            recipients, member => PulseActivities.Card(setup, run, questions, signer.Sign(new PulseTicket(team.Key, period, run.QuestionIds, pseudonyms.For(member.AadObjectId), Groups.TeamGroup.Of(setup, member.AadObjectId, members))), isReminder: true), ct);
        telemetry.PulsesSent(report.Sent, "reminder");
        log.LogInformation("Reminder {Period}: {Sent} sent to non-respondents", period, report.Sent);
    }
}
