using TrivselsBot.Administration;
using TrivselsBot.BotConnector;
using TrivselsBot.CheckIns.Delivery;
using TrivselsBot.CheckIns.Questions;
using TrivselsBot.Privacy;
using TrivselsBot.Setup;
using TrivselsBot.Teams;

namespace TrivselsBot.CheckIns;

/// <summary>One kind reminder, only to those who got the pulse, have not answered and have not paused; never after the period closed.</summary>
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
    TimeProvider time,
    BotTelemetry telemetry,
    ILogger<ReminderRunner> log) : IReminderRunner
{
    public async Task RunAsync(TeamRef team, PulsePeriod period, CancellationToken ct)
    {
        using var span = BotTelemetry.Pulses.StartActivity("reminder");
        var now = time.GetUtcNow();
        // A reminder that fires late (the service was down) never lands on a weekend: by Monday the period has closed.
        if (period.IsClosedAt(now) || Scheduling.Copenhagen.LocalTime(now).DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) return;
        var setup = await setups.GetAsync(team, ct);
        var run = await runs.GetAsync(team, period, ct);
        if (setup is null || run is null) return;

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
