using TrivselsBot.CheckIns;

namespace TrivselsBot.Testing.Faults;

/// <summary>
/// One team's answers for one week as storage holds them, counted the only way anonymity allows: who answered
/// (participation rows, by pseudonym) against how many answers exist (score rows in the inbox or moved to the answer
/// table, comment rows likewise, each counted once by its random id).
/// </summary>
public sealed record StoredAnswers(IReadOnlySet<string> Answered, int StillWriting, int Scores, int Comments)
{
    public static StoredAnswers Of(TableRows rows, string partition)
    {
        var participation = rows.In(AnswerStore.ParticipationTable).Where(r => r.PartitionKey == partition).ToList();
        var inbox = rows.In(AnswerStore.InboxTable).Where(r => r.PartitionKey == partition).ToList();
        var scores = inbox.Where(r => r.GetString("Kind") == "scores").Select(r => r.RowKey)
            .Union(rows.In(AnswerStore.AnswersTable).Where(r => r.PartitionKey == partition).Select(r => r.RowKey)).Count();
        var comments = inbox.Where(r => r.GetString("Kind") == "comment").Select(r => r.RowKey)
            .Union(rows.In(AnswerStore.CommentsTable).Where(r => r.PartitionKey == partition).Select(r => r.RowKey)).Count();
        return new StoredAnswers(
            participation.Where(r => r.GetString("State") == "Stored").Select(r => r.RowKey).ToHashSet(StringComparer.Ordinal),
            participation.Count(r => r.GetString("State") != "Stored"),
            scores,
            comments);
    }

    /// <summary>
    /// Rows that do not add up to whole answers: participation still "Writing", people marked answered without an answer
    /// row, answer rows nobody is marked for, and (every answer here carries a comment) comments that do not match.
    /// </summary>
    public int PartialWrites => StillWriting + Math.Abs(Answered.Count - Scores) + Math.Abs(Scores - Comments);
}
