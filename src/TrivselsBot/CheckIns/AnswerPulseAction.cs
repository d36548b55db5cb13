using System.Text.Json;
using Microsoft.Extensions.Options;
using TrivselsBot.Administration;
using TrivselsBot.Chat;
using TrivselsBot.CheckIns.Cards;
using TrivselsBot.CheckIns.Questions;
using TrivselsBot.LeaderPulse;
using TrivselsBot.Privacy;
using TrivselsBot.Setup;

namespace TrivselsBot.CheckIns;

/// <summary>
/// "Send" on a pulse card: the answer is checked whole (signed ticket, the person it was sent to, scale, comment length),
/// stored exactly once, and the card is replaced by a receipt. Nothing is stored when anything is wrong.
/// </summary>
public sealed class AnswerPulseAction(
    QuestionBank bank,
    LeaderQuestions leaderQuestions,
    PulseTicketSigner signer,
    MemberPseudonym pseudonyms,
    AnswerStore answers,
    PulseRuns runs,
    TeamSetupStore setups,
    TimeProvider time,
    IOptions<PrivacyOptions> privacy,
    BotTelemetry telemetry,
    AmrContact.AmrOffers amrOffers,
    ILogger<AnswerPulseAction> log) : ICardAction
{
    public string Name => PulseSubmission.ActionName;

    public async Task HandleAsync(Turn turn, JsonElement value, CancellationToken ct)
    {
        // A leader pulse card names its tenant's leader group instead of a team, and asks the leader questions.
        var result = PulseSubmission.Validate(value, signer, pseudonyms, turn.Activity.From?.AadObjectId,
            ticket => LeaderGroup.Is(TeamRef.FromKey(ticket.TeamKey)) ? leaderQuestions.Contains : bank.Contains);
        if (!result.IsValid)
        {
            log.LogInformation("A pulse answer was refused: {Error}", result.Error);
            await turn.ReplyAsync(PulseReceiptCard.Problem(turn.Language, result.Error!.Value), ct);
            return;
        }

        var ticket = result.Ticket!;
        var team = TeamRef.FromKey(ticket.TeamKey);
        // The leaders' card has no comment box; a comment sent with it anyway is dropped, never stored.
        var leaderGroup = LeaderGroup.Is(team);
        var setup = leaderGroup ? null : await setups.GetAsync(team, ct);
        // A team erased (or set up no more) after the card went out: nothing of it may be written again.
        if (!leaderGroup && setup is null)
        {
            await turn.ReplaceCardAsync(PulseReceiptCard.Problem(turn.Language, SubmissionErrorKind.TeamGone), ct);
            return;
        }
        // The receipt speaks the language of the card it replaces: the team's, not the Teams client's.
        var language = setup?.Language ?? turn.Language;
        if (ticket.Period.IsClosedAt(time.GetUtcNow()))
        {
            await turn.ReplaceCardAsync(PulseReceiptCard.PeriodClosed(language, ticket.Period), ct);
            return;
        }

        // The k the card went out under, if k was lowered since: answers are moved, and the receipt speaks, by that.
        var run = await runs.GetAsync(team, ticket.Period, ct);
        var k = Math.Max(setup?.MinimumGroupSize ?? privacy.Value.MinimumGroupSize, run?.MinimumGroupSize ?? 0);
        var outcome = await answers.RecordAsync(team, ticket.Period, ticket.RecipientPseudonym, new PulseAnswer(result.Scores!, leaderGroup ? null : result.Comment, ticket.Group, leaderGroup ? null : ReplyAddressOf(turn, result)), ct);
        if (outcome == RecordOutcome.AlreadyReceived)
        {
            await turn.ReplaceCardAsync(PulseReceiptCard.AlreadyReceived(language, ticket.Period), ct);
            return;
        }
        telemetry.AnswerStored();
        // The offer waits in memory for minutes; nothing of it is stored beside the answer.
        if (!leaderGroup && AmrContact.AmrSignal.In(bank, result.Scores!) && ReplyAddressOf(turn) is { } chat) amrOffers.Offer(team, ticket.RecipientPseudonym, chat, language);

        await TryFlushAsync(team, ticket.Period, k, ct);
        var answered = await answers.CountRespondentsAsync(team, ticket.Period, ct);
        var rosterSize = run?.RosterSize ?? answered;
        await turn.ReplaceCardAsync(PulseReceiptCard.Thanks(language, answered, Math.Max(rosterSize, answered), k), ct);
    }

    private static Dialogue.ReplyAddress? ReplyAddressOf(Turn turn, SubmissionResult result) => result.RepliesWelcome ? ReplyAddressOf(turn) : null;

    private static Dialogue.ReplyAddress? ReplyAddressOf(Turn turn) =>
        turn.Activity.ServiceUrl is { } serviceUrl && turn.Activity.Conversation?.Id is { } chat ? new Dialogue.ReplyAddress(serviceUrl, chat) : null;

    /// <summary>The answer is safe in the inbox already; a move that fails now is done by the next answer or at period close.</summary>
    private async Task TryFlushAsync(TeamRef team, PulsePeriod period, int k, CancellationToken ct)
    {
        try
        {
            await answers.FlushAsync(team, period, k, periodClosed: false, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogWarning(e, "Moving answers out of the inbox failed; it is retried later");
        }
    }
}
