using System.Text.Json;
using Microsoft.Extensions.Options;
using TrivselsBot.Cards;
using TrivselsBot.Chat;
using TrivselsBot.CheckIns;
using TrivselsBot.Setup;
using TrivselsBot.Summaries;

namespace TrivselsBot.Dialogue;

/// <summary>
/// "Svar anonymt" from a leader or TRIO member, in their 1:1 chat. Everything is checked on the server again, whatever
/// the card says: the person may see the team's summary, the week's comments may be shown under today's rules (k
/// answered, at least three comments), the comment is that team's and week's, its writer opted in and has not ended the
/// thread, the text fits and today's limits allow it. Anything else is refused and nothing is written. An accepted reply
/// waits for the next batch; the audit says who replied for which team, never to which comment.
/// </summary>
public sealed class ReplyToCommentAction(
    TeamSetupStore setups, SummaryViewers viewers, AnswerStore answers, AggregateStore aggregates, DialogueStore store, SummaryAudit audit,
    IOptions<DialogueOptions> options, TimeProvider time, ILogger<ReplyToCommentAction> log) : ICardAction
{
    public string Name => DialogueCards.ReplyAction;

    public async Task HandleAsync(Turn turn, JsonElement value, CancellationToken ct)
    {
        var t = DialogueTexts.For(turn.Language);
        var activity = turn.Activity;
        var tenant = activity.Conversation?.TenantId ?? activity.ChannelData?.Tenant?.Id;
        var who = activity.From?.AadObjectId;
        var teamId = CardInput.Text(value, DialogueCards.TeamKey);
        var commentId = CardInput.Text(value, DialogueCards.CommentKey);
        var nonce = CardInput.Text(value, DialogueCards.NonceKey);
        if (activity.Conversation?.ConversationType is not (null or "personal") || tenant is null || who is null
            || !TeamRef.IsPlausibleConversationId(teamId) || commentId is not { Length: > 0 and <= 64 } || nonce is not { Length: > 0 and <= 64 }
            || !PulsePeriod.TryParse(CardInput.Text(value, DialogueCards.WeekKey), out var week))
        {
            await RefuseAsync(turn, t.NotAnswerable, "malformed", ct);
            return;
        }
        var team = new TeamRef(tenant, teamId!);
        if (await setups.GetAsync(team, ct) is not { } setup || !await viewers.MaySeeAsync(setup, who, ct))
        {
            await RefuseAsync(turn, t.NotAnswerable, "not a viewer of the team", ct);
            return;
        }
        var partition = AnswerStore.Partition(team, week);
        var comments = await answers.StoredCommentRowsAsync(team, week, ct);
        var respondents = new KAnonymity(setup.MinimumGroupSize).Respondents((await aggregates.GetRangeAsync(team, week, week, ct)) is [var aggregate, ..] ? aggregate : null);
        if (!CommentsCard.MayShow(respondents, comments.Count) || comments.FirstOrDefault(c => c.Id == commentId) is not { } comment
            || await store.HandleAsync(partition, commentId, ct) is null)
        {
            await RefuseAsync(turn, t.NotAnswerable, "comment not answerable", ct);
            return;
        }
        var now = time.GetUtcNow();
        var today = DeliverySlots.Day(now);
        var thread = await store.ThreadAsync(partition, commentId, ct) ?? new DialogueThread(partition, commentId) { Opened = today };
        if (thread.State != ThreadState.Open)
        {
            await RefuseAsync(turn, t.ThreadClosed, "thread ended", ct);
            return;
        }
        var text = CardInput.Text(value, DialogueCards.ReplyInputId(commentId))?.Trim() ?? "";
        if (text.Length is 0 or > DialogueOptions.MaximumLength)
        {
            await RefuseAsync(turn, t.EmptyOrTooLong, "length", ct);
            return;
        }
        var isNew = thread.Repliers.Count == 0 && thread.LeaderSent == 0;
        if (thread.SentOn(today, byWriter: false) >= options.Value.MaxMessagesPerDay
            || (isNew && await store.OpenedOnAsync(Administration.TeamDataMap.PeriodPartitionPrefix(team), today, ct) >= options.Value.MaxNewThreadsPerDay))
        {
            await RefuseAsync(turn, t.TooMany, "daily limit", ct);
            return;
        }

        // How the writer sees the sender: in the team's language, as the card to the writer is, not the replier's.
        var writerTexts = DialogueTexts.For(setup.Language);
        var from = CardInput.Text(value, DialogueCards.SignInputId) == ToggleInput.On && activity.From?.Name is { Length: > 0 } name ? name
            : setup.IsLeader(who) ? writerTexts.YourLeader : writerTexts.TheTrio;
        var message = new OutboxMessage(comment.Id, ToWriter: true, OutboxKind.Message, CommentScrubber.Scrub(text), from);
        if (!await store.TryQueueAsync(partition, nonce!, message, DeliverySlots.For(now), ct))
        {
            await turn.ReplyAsync(t.AlreadyQueued, ct);
            return;
        }
        var replier = new ReplyAddress(activity.ServiceUrl!, activity.Conversation!.Id!);
        await store.SaveThreadAsync(thread.Counted(today, byWriter: false) with
        {
            Repliers = thread.Repliers.Contains(replier) ? thread.Repliers : [.. thread.Repliers, replier],
        }, ct);
        await audit.RecordAsync(tenant, who, AuditWhat.DialogueReply, team.ConversationId, AuditOutcome.Queued, new AuditNames(activity.From?.Name, setup.Name), ct);
        await turn.ReplyAsync(t.Queued, ct);
    }

    /// <summary>A refusal writes nothing (not even to the audit): a forged or replayed action must leave no trace to compare.</summary>
    private async Task RefuseAsync(Turn turn, string text, string why, CancellationToken ct)
    {
        log.LogInformation("An anonymous reply was refused: {Why}", why);
        await turn.ReplyAsync(text, ct);
    }
}
