using TrivselsBot.CheckIns;
using TrivselsBot.Setup;
using TrivselsBot.TableStorage;

namespace TrivselsBot.Summaries;

/// <summary>
/// Table "leadersummaries": one row per team and closed week (partition = team key, row = "2026-W48"), inserted before
/// the week's automatic summary goes out. Whoever inserts it sends; a second close run, a retry or another instance
/// finds it there and sends nothing.
/// </summary>
public sealed class LeaderSummaryMarks(TableServiceClient tables, TimeProvider time)
{
    public const string TableName = "leadersummaries";

    private readonly TableClient _table = tables.GetTableClient(TableName);

    /// <summary>True for the one caller that may send the week's summary.</summary>
    public async Task<bool> TryMarkAsync(TeamRef team, PulsePeriod week, CancellationToken ct) =>
        (await _table.InsertAsync(new TableEntity(team.Key, week.ToString()) { ["MarkedAt"] = time.GetUtcNow() }, ct)).Succeeded;
}
