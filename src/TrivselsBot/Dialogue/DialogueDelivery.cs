using System.Security.Cryptography;
using Quartz;
using TrivselsBot.BotConnector;
using TrivselsBot.CheckIns;
using TrivselsBot.Localization;
using TrivselsBot.Scheduling;
using TrivselsBot.Setup;

namespace TrivselsBot.Dialogue;

/// <summary>
/// One batch: every waiting message whose slot has come, in random order, to the writer (through the sealed handle)
/// or to the leader side who replied. A message to a thread that ended meanwhile is dropped; one Teams could not take
/// (other than "unreachable") waits for the next batch.
/// </summary>
public sealed class DialogueDelivery(DialogueStore store, AnswerStore answers, TeamSetupStore setups, ConnectorClient connector, ILogger<DialogueDelivery> log)
{
    public async Task<int> DeliverDueAsync(DateTimeOffset now, CancellationToken ct)
    {
        var due = (await store.DueAsync(now, ct)).ToArray();
        RandomNumberGenerator.Shuffle(due.AsSpan());
        var delivered = 0;
        foreach (var (partition, row, message) in due)
        {
            if (message is null || WriterAction.TryTeam(partition) is not { } team || !TeamDataPeriod(partition, out var week))
            {
                await store.DeleteQueuedAsync(partition, row, ct);
                continue;
            }
            var thread = await store.ThreadAsync(partition, message.CommentId, ct);
            var comment = await answers.CommentAsync(partition, message.CommentId, ct);
            var language = (await setups.GetAsync(team, ct))?.Language ?? Language.Danish;
            var done = thread is null || comment is null || (message.ToWriter
                ? await ToWriterAsync(thread, week, comment, message, language, ct)
                : await ToLeadersAsync(thread, team, week, comment, message, language, now, ct));
            if (!done) continue;
            await store.MarkSentAsync(partition, row, ct);
            delivered++;
        }
        if (delivered > 0) log.LogInformation("Dialogue batch: {Messages} message(s) delivered", delivered);
        return delivered;
    }

    private async Task<bool> ToWriterAsync(DialogueThread thread, PulsePeriod week, string comment, OutboxMessage message, Language language, CancellationToken ct)
    {
        if (thread.State != ThreadState.Open || await store.HandleAsync(thread.Partition, thread.CommentId, ct) is not { } writer) return true;
        var card = DialogueCards.ToWriter(language, week, comment, message.From, message.Text, thread.Partition, thread.CommentId);
        return Settled(await connector.SendToConversationAsync(writer.ServiceUrl, writer.ConversationId, Message(language, card), ct));
    }

    private async Task<bool> ToLeadersAsync(DialogueThread thread, TeamRef team, PulsePeriod week, string comment, OutboxMessage message, Language language, DateTimeOffset now, CancellationToken ct)
    {
        var card = message.Kind == OutboxKind.Message
            ? DialogueCards.ToLeader(language, week, comment, message.Text, team.ConversationId, thread.CommentId)
            : DialogueCards.Ended(language, week, comment, blocked: message.Kind == OutboxKind.Blocked);
        foreach (var replier in thread.Repliers)
        {
            var sent = await connector.SendToConversationAsync(replier.ServiceUrl, replier.ConversationId, Message(language, card), ct);
            if (!Settled(sent)) log.LogWarning("A dialogue message could not reach one of the leader side: {Status}", sent.StatusCode);
        }
        if (message.Kind == OutboxKind.Message) await store.SaveThreadAsync(thread.Counted(DeliverySlots.Day(now), byWriter: true), ct);
        return true;
    }

    private static bool Settled(ConnectorResult<ResourceResponse> sent) => sent.Outcome != ConnectorOutcome.Failed;

    private static bool TeamDataPeriod(string partition, out PulsePeriod week) => Administration.TeamDataMap.TryReadPeriod(partition, out week);

    private static Activity Message(Language language, Cards.AdaptiveCard card)
    {
        var activity = Activity.CreateMessage();
        activity.Locale = language == Language.English ? "en-US" : "da-DK";
        activity.Attachments = [Attachment.AdaptiveCard(card.ToJson())];
        return activity;
    }
}

/// <summary>The batch, every half hour on the hour and half hour, Copenhagen time (<see cref="DeliverySlots"/>).</summary>
[DisallowConcurrentExecution]
public sealed class DialogueDeliveryJob(DialogueDelivery delivery, TimeProvider time, ILogger<DialogueDeliveryJob> log) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await delivery.DeliverDueAsync(time.GetUtcNow(), cancellationToken);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            // The messages stay in the outbox; the next batch takes them.
            log.LogError(e, "A dialogue batch failed");
        }
    }
}

public sealed class DialogueDeliverySchedule(ISchedulerFactory schedulers, TimeProvider clock, ILogger<DialogueDeliverySchedule> log)
    : RecurringJobSchedule<DialogueDeliveryJob>(schedulers, clock, log, Job, DeliverySlots.Cron)
{
    public static readonly JobKey Job = new("dialogue-delivery", "dialogue");
}
