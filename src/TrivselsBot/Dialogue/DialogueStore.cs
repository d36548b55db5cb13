using System.Security.Cryptography;
using System.Text;

using Azure.Data.Tables;
using TrivselsBot.Storage;

namespace TrivselsBot.Dialogue;

/// <summary>
/// The dialogue's three tables, all partitioned like the comments (team | week), so erasure and retention treat them as
/// they treat comments. Nothing here names a person in clear:
/// - "replyhandles": row = the comment's random id; only a sealed <see cref="ReplyAddress"/>. Written with the batch move
///   of the comments (<see cref="CheckIns.AnswerStore"/>), so its Timestamp is the move's, shared by at least k answers.
/// - "dialoguethreads": row = the comment's random id; open/closed, today's message counts, the leader side's chats sealed.
/// - "dialogueoutbox": messages waiting for the next batch; the payload sealed, only the batch slot (NotBefore) in clear.
/// </summary>
public sealed class DialogueStore(PrefixedTableService tables, Sealer sealer)
{
    public const string HandlesTable = "replyhandles";
    public const string ThreadsTable = "dialoguethreads";
    public const string OutboxTable = "dialogueoutbox";
    public static IReadOnlyList<string> Tables { get; } = [HandlesTable, ThreadsTable, OutboxTable];

    private readonly TableClient _handles = tables.GetTableClient(HandlesTable);
    private readonly TableClient _threads = tables.GetTableClient(ThreadsTable);
    private readonly TableClient _outbox = tables.GetTableClient(OutboxTable);

    public string SealHandle(string partition, string commentId, ReplyAddress address) => sealer.Seal(address, "handle|" + partition + "|" + commentId);

    /// <summary>Stores sealed handles moved out of the answer inbox, in batches of one partition.</summary>
    public async Task StoreHandlesAsync(string partition, IReadOnlyList<(string CommentId, string Sealed)> handles, CancellationToken ct)
    {
        foreach (var chunk in handles.Chunk(TableWrites.MaxBatchSize))
        {
            await _handles.SubmitBatchAsync([.. chunk.Select(h => new TableTransactionAction(TableTransactionActionType.UpsertReplace,
                new TableEntity(partition, h.CommentId) { ["Sealed"] = h.Sealed }))], ct);
        }
    }

    public async Task<ReplyAddress?> HandleAsync(string partition, string commentId, CancellationToken ct) =>
        sealer.Open<ReplyAddress>((await _handles.GetAsync(partition, commentId, ["Sealed"], ct))?.GetString("Sealed"), "handle|" + partition + "|" + commentId);

    /// <summary>The comments of a team's week that may be answered: those whose writer opted in and has not closed the thread.</summary>
    public async Task<HashSet<string>> AnswerableAsync(string partition, CancellationToken ct)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var row in _handles.QueryEntitiesAsync(TableFilter.Equal("PartitionKey", partition), ["RowKey"], ct: ct)) ids.Add(row.RowKey);
        return ids;
    }

    public async Task DeleteHandleAsync(string partition, string commentId, CancellationToken ct) => await _handles.DeleteRowAsync(partition, commentId, ct: ct);

    public async Task<DialogueThread?> ThreadAsync(string partition, string commentId, CancellationToken ct)
    {
        var row = await _threads.GetAsync(partition, commentId, ct: ct);
        if (row is null) return null;
        return new DialogueThread(partition, commentId)
        {
            State = Enum.Parse<ThreadState>(row.GetString("State")!),
            Repliers = sealer.Open<List<ReplyAddress>>(row.GetString("Repliers"), "thread|" + partition + "|" + commentId) ?? [],
            Day = row.GetString("Day") ?? "",
            Opened = row.GetString("Opened") ?? "",
            LeaderSent = row.GetInt32("LeaderSent") ?? 0,
            WriterSent = row.GetInt32("WriterSent") ?? 0,
        };
    }

    public async Task SaveThreadAsync(DialogueThread thread, CancellationToken ct) =>
        await _threads.UpsertEntityAsync(new TableEntity(thread.Partition, thread.CommentId)
        {
            ["State"] = thread.State.ToString(),
            ["Repliers"] = sealer.Seal(thread.Repliers, "thread|" + thread.Partition + "|" + thread.CommentId),
            ["Day"] = thread.Day,
            ["Opened"] = thread.Opened,
            ["LeaderSent"] = thread.LeaderSent,
            ["WriterSent"] = thread.WriterSent,
        }, TableUpdateMode.Replace, ct);

    /// <summary>Threads of the team opened on <paramref name="day"/>, over all its weeks.</summary>
    public async Task<int> OpenedOnAsync(string teamPartitionPrefix, string day, CancellationToken ct)
    {
        var count = 0;
        await foreach (var _ in _threads.QueryEntitiesAsync(TableFilter.And(TableFilter.StartsWith("PartitionKey", teamPartitionPrefix), TableFilter.Equal("Opened", day)), ["RowKey"], ct: ct)) count++;
        return count;
    }

    /// <summary>
    /// Queues a message for the batch at <paramref name="notBefore"/>, once: the row key comes from the card's one-time
    /// number, so a double click or a replayed submit finds the row there and writes nothing.
    /// </summary>
    public async Task<bool> TryQueueAsync(string partition, string cardNonce, OutboxMessage message, DateTimeOffset notBefore, CancellationToken ct)
    {
        var row = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(cardNonce + "|" + message.CommentId + "|" + message.Kind)))[..32];
        var entity = new TableEntity(partition, row) { ["NotBefore"] = Sortable(notBefore), ["Sealed"] = sealer.Seal(message, "outbox|" + partition + "|" + row) };
        return (await _outbox.InsertAsync(entity, ct)).Succeeded;
    }

    /// <summary>Every waiting message whose batch has come; a row this key cannot open is returned with no message.</summary>
    public async Task<List<(string Partition, string Row, OutboxMessage? Message)>> DueAsync(DateTimeOffset now, CancellationToken ct)
    {
        var due = new List<(string, string, OutboxMessage?)>();
        await foreach (var row in _outbox.QueryEntitiesAsync(TableFilter.LessThan("NotBefore", Sortable(now.AddSeconds(1))), ct: ct))
        {
            due.Add((row.PartitionKey, row.RowKey, sealer.Open<OutboxMessage>(row.GetString("Sealed"), "outbox|" + row.PartitionKey + "|" + row.RowKey)));
        }
        return due;
    }

    /// <summary>The waiting messages of one thread in one direction (opened here, since the rows name no thread in clear).</summary>
    public async Task<List<string>> WaitingAsync(string partition, string commentId, bool toWriter, CancellationToken ct)
    {
        var rows = new List<string>();
        await foreach (var row in _outbox.QueryEntitiesAsync(TableFilter.Equal("PartitionKey", partition), ct: ct))
        {
            var message = sealer.Open<OutboxMessage>(row.GetString("Sealed"), "outbox|" + row.PartitionKey + "|" + row.RowKey);
            if (message is not null && message.CommentId == commentId && message.ToWriter == toWriter) rows.Add(row.RowKey);
        }
        return rows;
    }

    private static string Sortable(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);

    public async Task DeleteQueuedAsync(string partition, string row, CancellationToken ct) => await _outbox.DeleteRowAsync(partition, row, ct: ct);

    /// <summary>
    /// A delivered message keeps its row with no content, so a replayed submit of the same card still finds it and queues
    /// nothing; "sent" sorts after every time, so <see cref="DueAsync"/> never returns it. Retention removes it with its week.
    /// </summary>
    public async Task MarkSentAsync(string partition, string row, CancellationToken ct) =>
        await _outbox.UpsertEntityAsync(new TableEntity(partition, row) { ["NotBefore"] = Sent }, TableUpdateMode.Replace, ct);

    private const string Sent = "sent";
}

public enum ThreadState { Open, Closed, Blocked }

/// <summary>One comment's conversation. <see cref="Day"/> (Copenhagen date) is the day the counts are for.</summary>
public sealed record DialogueThread(string Partition, string CommentId)
{
    public ThreadState State { get; init; } = ThreadState.Open;
    /// <summary>The 1:1 chats of the leader side who replied: where the writer's answers go.</summary>
    public IReadOnlyList<ReplyAddress> Repliers { get; init; } = [];
    public string Day { get; init; } = "";
    public string Opened { get; init; } = "";
    public int LeaderSent { get; init; }
    public int WriterSent { get; init; }

    public int SentOn(string day, bool byWriter) => Day != day ? 0 : byWriter ? WriterSent : LeaderSent;

    public DialogueThread Counted(string day, bool byWriter) => this with
    {
        Day = day,
        LeaderSent = SentOn(day, byWriter: false) + (byWriter ? 0 : 1),
        WriterSent = SentOn(day, byWriter: true) + (byWriter ? 1 : 0),
    };
}

/// <summary>What waits in the outbox. <see cref="From"/> is how the writer sees the sender ("din leder", "TRIO'en" or a signed name).</summary>
public sealed record OutboxMessage(string CommentId, bool ToWriter, OutboxKind Kind, string Text, string From);

public enum OutboxKind { Message, Closed, Blocked }

