using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json;
using TrivselsBot.Setup;
using TrivselsBot.Storage;
using Azure.Data.Tables;

namespace TrivselsBot.CheckIns;

/// <summary>
/// Where pulse answers go, and the rules that keep them anonymous and whole:
/// - "participation" (row = member pseudonym) says only that someone answered; it is what stops a second answer.
/// - "answerinbox" holds fresh answers under random ids. Once at least k have arrived (or the period closes) they are
///   moved together to "answers" (scores) and "comments" (text, under another random id), so the stored rows carry the
///   time of the move, shared by at least k answers, not the time a person answered.
/// - The random ids live in the participation row only while an answer is being written, so an interrupted write can
///   be finished exactly once; when it is done they are removed and nothing joins a person to an answer.
/// All rows are partitioned by team and period.
/// </summary>
public sealed class AnswerStore(PrefixedTableService tables, Dialogue.DialogueStore dialogue, TimeProvider time)
{
    public const string ParticipationTable = "participation";
    public const string InboxTable = "answerinbox";
    public const string AnswersTable = "answers";
    public const string CommentsTable = "comments";
    public static IReadOnlyList<string> Tables { get; } = [ParticipationTable, InboxTable, AnswersTable, CommentsTable];

    private const string Writing = "Writing";
    private const string Stored = "Stored";
    private readonly TableClient _participation = tables.GetTableClient(ParticipationTable);
    private readonly TableClient _inbox = tables.GetTableClient(InboxTable);
    private readonly TableClient _answers = tables.GetTableClient(AnswersTable);
    private readonly TableClient _comments = tables.GetTableClient(CommentsTable);
    private readonly ConcurrentDictionary<string, (int Count, DateTimeOffset CountedAt)> _counts = new();
    private static readonly TimeSpan CountFreshFor = TimeSpan.FromSeconds(10);
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _flushing = new();

    public static string Partition(TeamRef team, PulsePeriod period) => team.Key + "|" + period;

    /// <summary>Stores one person's answer for a period, exactly once. A second answer (double click, second device) is refused.</summary>
    public async Task<RecordOutcome> RecordAsync(TeamRef team, PulsePeriod period, string pseudonym, PulseAnswer answer, CancellationToken ct)
    {
        var partition = Partition(team, period);
        var claim = new TableEntity(partition, pseudonym) { ["State"] = Writing, ["AnswerId"] = NewId(), ["CommentId"] = NewId() };
        var firstAttempt = (await _participation.InsertAsync(claim, ct)).Succeeded;
        if (!firstAttempt)
        {
            var existing = await _participation.GetAsync(partition, pseudonym, ct: ct);
            if (existing is null || existing.GetString("State") != Writing) return RecordOutcome.AlreadyReceived;
            claim = existing; // an earlier attempt was cut off: finish it under the same ids, so it still counts once
        }

        // Once claimed, the answer is written to the end even if the request is cancelled: a claim left half-way would
        // keep the random ids (a link between person and answer) until the week is sealed.
        // The comment goes in before the scores: a move that runs now and sees the scores sees the comment too, so it
        // can never take the scores and leave their comment behind in the inbox.
        var commentId = claim.GetString("CommentId")!;
        if (answer.Comment is { Length: > 0 } comment)
        {
            var row = new TableEntity(partition, commentId) { ["Kind"] = "comment", ["Text"] = comment };
            // The writer's chat, sealed, rides with the comment and is stored apart only when the comment is moved.
            if (answer.ReplyTo is { } replyTo) row["Handle"] = dialogue.SealHandle(partition, commentId, replyTo);
            await _inbox.UpsertEntityAsync(row, TableUpdateMode.Replace, CancellationToken.None);
        }
        else
        {
            await _inbox.DeleteRowAsync(partition, commentId, ct: ct);
        }
        var partitionScores = new TableEntity(partition, claim.GetString("AnswerId")!)
        {
            ["Kind"] = "scores",
            ["Scores"] = JsonSerializer.Serialize(answer.Scores),
        };
        if (answer.Group is { Length: > 0 } group) partitionScores["Group"] = group;
        await _inbox.UpsertEntityAsync(partitionScores, TableUpdateMode.Replace, CancellationToken.None);
        await _participation.UpsertEntityAsync(new TableEntity(partition, pseudonym) { ["State"] = Stored }, TableUpdateMode.Replace, CancellationToken.None);
        if (firstAttempt) _counts.AddOrUpdate(partition, _ => (0, DateTimeOffset.MinValue), (_, c) => (c.Count + 1, c.CountedAt));
        return RecordOutcome.Stored;
    }

    /// <summary>
    /// At the end of a week: participation rows left half-written (the process died mid-answer) lose their random ids —
    /// kept as answered when their answer reached the inbox or the answer table, removed otherwise.
    /// </summary>
    public async Task SealWeekAsync(TeamRef team, PulsePeriod period, CancellationToken ct)
    {
        var partition = Partition(team, period);
        await foreach (var row in _participation.QueryEntitiesAsync(TableFilter.And(TableFilter.Equal("PartitionKey", partition), TableFilter.Equal("State", Writing)), ct: ct))
        {
            var answerId = row.GetString("AnswerId")!;
            var stored = await _inbox.GetAsync(partition, answerId, ["Kind"], ct) is not null
                || await _answers.GetAsync(partition, answerId, ["Period"], ct) is not null;
            if (stored) await _participation.UpsertEntityAsync(new TableEntity(partition, row.RowKey) { ["State"] = Stored }, TableUpdateMode.Replace, ct);
            else await _participation.DeleteRowAsync(partition, row.RowKey, row.ETag!, ct);
        }
    }

    public async Task<bool> HasAnsweredAsync(TeamRef team, PulsePeriod period, string pseudonym, CancellationToken ct) =>
        (await _participation.GetAsync(Partition(team, period), pseudonym, ["State"], ct))?.GetString("State") == Stored;

    /// <summary>
    /// How many have answered so far, for the receipt. Counting the participation rows on every answer would make a week
    /// of N answers cost N² reads, so a count is reused for a few seconds, plus the answers this instance stored since.
    /// </summary>
    public async Task<int> CountRespondentsAsync(TeamRef team, PulsePeriod period, CancellationToken ct)
    {
        var partition = Partition(team, period);
        var now = time.GetUtcNow();
        if (_counts.TryGetValue(partition, out var cached) && now - cached.CountedAt < CountFreshFor) return cached.Count;
        var counted = (await RespondentsAsync(team, period, ct)).Count;
        _counts[partition] = (counted, now);
        return counted;
    }

    public async Task<HashSet<string>> RespondentsAsync(TeamRef team, PulsePeriod period, CancellationToken ct)
    {
        var respondents = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var row in _participation.QueryEntitiesAsync(TableFilter.Equal("PartitionKey", Partition(team, period)), ["State"], ct: ct))
        {
            if (row.GetString("State") == Stored) respondents.Add(row.RowKey);
        }
        return respondents;
    }

    /// <summary>
    /// Moves the period's inbox to the answers and comments tables when it holds at least <paramref name="minimumGroupSize"/>
    /// answers, or whatever it holds when <paramref name="periodClosed"/>. Safe to run twice at once: moves are upserts.
    /// </summary>
    public async Task<int> FlushAsync(TeamRef team, PulsePeriod period, int minimumGroupSize, bool periodClosed, CancellationToken ct)
    {
        var partition = Partition(team, period);
        // One move per week at a time in this instance (another instance moving the same rows is harmless, only wasted
        // work). A mid-week move is skipped while one runs; the closing move waits for it, so nothing is left behind.
        var gate = _flushing.GetOrAdd(partition, _ => new SemaphoreSlim(1, 1));
        if (periodClosed) await gate.WaitAsync(ct);
        else if (!await gate.WaitAsync(0, ct)) return 0;
        try
        {
            return await MoveInboxAsync(team, period, partition, minimumGroupSize, periodClosed, ct);
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<int> MoveInboxAsync(TeamRef team, PulsePeriod period, string partition, int minimumGroupSize, bool periodClosed, CancellationToken ct)
    {
        var waiting = new List<TableEntity>();
        await foreach (var row in _inbox.QueryEntitiesAsync(TableFilter.Equal("PartitionKey", partition), ct: ct)) waiting.Add(row);
        var scores = waiting.Where(r => r.GetString("Kind") == "scores").ToList();
        if (waiting.Count == 0 || (!periodClosed && scores.Count < minimumGroupSize)) return 0;

        // Shuffled so the stored order says nothing about who answered first.
        await UpsertAllAsync(_answers, Shuffle(scores).Select(r => new TableEntity(partition, r.RowKey)
        {
            ["Period"] = period.ToString(),
            ["Scores"] = r.GetString("Scores"),
            ["Group"] = r.GetString("Group") ?? "",
        }), ct);
        var handles = waiting.Where(r => r.GetString("Kind") == "comment" && r.GetString("Handle") is not null).Select(r => (r.RowKey, r.GetString("Handle")!)).ToList();
        if (handles.Count > 0) await dialogue.StoreHandlesAsync(partition, handles, ct);
        await UpsertAllAsync(_comments, Shuffle(waiting.Where(r => r.GetString("Kind") == "comment").ToList()).Select(r => new TableEntity(partition, r.RowKey)
        {
            ["Period"] = period.ToString(),
            ["Text"] = r.GetString("Text"),
        }), ct);
        await _inbox.DeleteRowsAsync(waiting, ct);
        return scores.Count;
    }

    public async Task<IReadOnlyList<IReadOnlyDictionary<string, int?>>> StoredScoresAsync(TeamRef team, PulsePeriod period, CancellationToken ct)
    {
        var all = new List<IReadOnlyDictionary<string, int?>>();
        await foreach (var row in _answers.QueryEntitiesAsync(TableFilter.Equal("PartitionKey", Partition(team, period)), ["Scores"], ct: ct))
        {
            all.Add(JsonSerializer.Deserialize<Dictionary<string, int?>>(row.GetString("Scores")!)!);
        }
        return all;
    }

    /// <summary>The period's stored answers of each group (<see cref="Groups.TeamGroup"/>); answers without a group are left out.</summary>
    public async Task<IReadOnlyDictionary<string, List<IReadOnlyDictionary<string, int?>>>> StoredScoresByGroupAsync(TeamRef team, PulsePeriod period, CancellationToken ct)
    {
        var byGroup = new Dictionary<string, List<IReadOnlyDictionary<string, int?>>>(StringComparer.Ordinal);
        await foreach (var row in _answers.QueryEntitiesAsync(TableFilter.Equal("PartitionKey", Partition(team, period)), ["Scores", "Group"], ct: ct))
        {
            if (row.GetString("Group") is not { Length: > 0 } group) continue;
            if (!byGroup.TryGetValue(group, out var scores)) byGroup[group] = scores = [];
            scores.Add(JsonSerializer.Deserialize<Dictionary<string, int?>>(row.GetString("Scores")!)!);
        }
        return byGroup;
    }

    public async Task<IReadOnlyList<string>> StoredCommentsAsync(TeamRef team, PulsePeriod period, CancellationToken ct)
    {
        var all = new List<string>();
        await foreach (var row in _comments.QueryEntitiesAsync(TableFilter.Equal("PartitionKey", Partition(team, period)), ["Text"], ct: ct))
        {
            all.Add(row.GetString("Text")!);
        }
        return all;
    }

    /// <summary>The period's comments with their random ids, which the dialogue refers to.</summary>
    public async Task<IReadOnlyList<StoredComment>> StoredCommentRowsAsync(TeamRef team, PulsePeriod period, CancellationToken ct)
    {
        var all = new List<StoredComment>();
        await foreach (var row in _comments.QueryEntitiesAsync(TableFilter.Equal("PartitionKey", Partition(team, period)), ["Text"], ct: ct))
        {
            all.Add(new StoredComment(row.RowKey, row.GetString("Text")!));
        }
        return all;
    }

    public async Task<string?> CommentAsync(string partition, string commentId, CancellationToken ct) =>
        (await _comments.GetAsync(partition, commentId, ["Text"], ct))?.GetString("Text");

    private static async Task UpsertAllAsync(TableClient table, IEnumerable<TableEntity> rows, CancellationToken ct)
    {
        foreach (var chunk in rows.Chunk(100))
        {
            await table.SubmitBatchAsync(chunk.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, r)).ToList(), ct);
        }
    }

    private static List<T> Shuffle<T>(List<T> items)
    {
        var shuffled = items.ToArray();
        RandomNumberGenerator.Shuffle(shuffled.AsSpan());
        return [.. shuffled];
    }

    private static string NewId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}

public enum RecordOutcome { Stored, AlreadyReceived }

/// <summary>
/// One person's answer: score 1-5 per question id, null where they chose "vil ikke svare"; a scrubbed comment or null;
/// the group of the team it counts in, or null.
/// </summary>
/// <param name="ReplyTo">The writer's chat, only when they opted in to anonymous replies to their comment.</param>
public sealed record PulseAnswer(IReadOnlyDictionary<string, int?> Scores, string? Comment, string? Group = null, Dialogue.ReplyAddress? ReplyTo = null);

public sealed record StoredComment(string Id, string Text);
