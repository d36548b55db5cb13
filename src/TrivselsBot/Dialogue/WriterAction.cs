using System.Text.Json;
using Microsoft.Extensions.Options;
using TrivselsBot.Cards;
using TrivselsBot.Chat;
using TrivselsBot.CheckIns;
using TrivselsBot.Setup;

namespace TrivselsBot.Dialogue;

/// <summary>
/// The writer's three buttons under a reply: answer, end the conversation, block replies. Only the chat the sealed handle
/// names may use them: the submit must come from that very conversation, so someone else's card, a forged thread or a
/// thread already ended is refused and nothing is written. Ending or blocking deletes the handle at once.
/// </summary>
public sealed class WriterAction(WriterActionKind kind, DialogueStore store, TeamSetupStore setups, IOptions<DialogueOptions> options, TimeProvider time,
    ILogger<WriterAction> log) : ICardAction
{
    public string Name => kind switch
    {
        WriterActionKind.Answer => DialogueCards.AnswerAction,
        WriterActionKind.Close => DialogueCards.CloseAction,
        _ => DialogueCards.BlockAction,
    };

    public async Task HandleAsync(Turn turn, JsonElement value, CancellationToken ct)
    {
        var partition = CardInput.Text(value, DialogueCards.PartitionKey);
        var commentId = CardInput.Text(value, DialogueCards.CommentKey);
        var nonce = CardInput.Text(value, DialogueCards.NonceKey);
        var language = partition is { Length: <= 600 } && Storage.TableKeys.IsValid(partition) && TryTeam(partition) is { } team
            ? (await setups.GetAsync(team, ct))?.Language ?? turn.Language : turn.Language;
        var t = DialogueTexts.For(language);
        if (partition is null || commentId is not { Length: > 0 and <= 64 } || nonce is not { Length: > 0 and <= 64 } || !Storage.TableKeys.IsValid(partition) || !Storage.TableKeys.IsValid(commentId))
        {
            await RefuseAsync(turn, t.ThreadClosed, "malformed", ct);
            return;
        }
        var handle = await store.HandleAsync(partition, commentId, ct);
        var thread = handle is null ? null : await store.ThreadAsync(partition, commentId, ct);
        if (handle is null || handle.ConversationId != turn.Activity.Conversation?.Id || thread is not { State: ThreadState.Open })
        {
            await RefuseAsync(turn, t.ThreadClosed, handle is null ? "no handle" : "not the writer's chat or thread ended", ct);
            return;
        }

        if (kind == WriterActionKind.Answer)
        {
            await AnswerAsync(turn, t, value, partition, commentId, nonce, thread, ct);
            return;
        }
        // The thread is marked ended and the handle goes first; what still waits for the writer can then never reach them.
        await store.SaveThreadAsync(thread with { State = kind == WriterActionKind.Block ? ThreadState.Blocked : ThreadState.Closed }, ct);
        await store.DeleteHandleAsync(partition, commentId, ct);
        foreach (var row in await store.WaitingAsync(partition, commentId, toWriter: true, ct)) await store.DeleteQueuedAsync(partition, row, ct);
        await store.TryQueueAsync(partition, nonce, new OutboxMessage(commentId, ToWriter: false, kind == WriterActionKind.Block ? OutboxKind.Blocked : OutboxKind.Closed, "", ""),
            DeliverySlots.For(time.GetUtcNow()), ct);
        await turn.ReplaceCardAsync(DialogueCards.Receipt(t.WriterClosedReceipt), ct);
    }

    private async Task AnswerAsync(Turn turn, DialogueTexts t, JsonElement value, string partition, string commentId, string nonce, DialogueThread thread, CancellationToken ct)
    {
        var text = CardInput.Text(value, DialogueCards.AnswerInputId)?.Trim() ?? "";
        if (text.Length is 0 or > DialogueOptions.MaximumLength)
        {
            await turn.ReplyAsync(t.EmptyOrTooLong, ct);
            return;
        }
        // Counted from the thread and what waits, so the writer's answer changes no row but its own sealed one until the batch.
        var now = time.GetUtcNow();
        var waiting = await store.WaitingAsync(partition, commentId, toWriter: false, ct);
        if (thread.SentOn(DeliverySlots.Day(now), byWriter: true) + waiting.Count >= options.Value.MaxMessagesPerDay)
        {
            await turn.ReplyAsync(t.TooMany, ct);
            return;
        }
        var queued = await store.TryQueueAsync(partition, nonce, new OutboxMessage(commentId, ToWriter: false, OutboxKind.Message, CommentScrubber.Scrub(text), ""), DeliverySlots.For(now), ct);
        await turn.ReplaceCardAsync(DialogueCards.Receipt(queued ? t.Queued : t.AlreadyQueued), ct);
    }

    private async Task RefuseAsync(Turn turn, string text, string why, CancellationToken ct)
    {
        log.LogInformation("A writer's dialogue action was refused: {Why}", why);
        await turn.ReplyAsync(text, ct);
    }

    /// <summary>The team of a "tenant|team|week" partition, or null.</summary>
    internal static TeamRef? TryTeam(string partition)
    {
        var parts = partition.Split('|');
        return parts.Length == 3 && PulsePeriod.TryParse(parts[2], out _) ? TeamRef.FromKey(parts[0] + "|" + parts[1]) : null;
    }
}

public enum WriterActionKind { Answer, Close, Block }
