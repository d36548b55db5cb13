using TrivselsBot.CheckIns;
using TrivselsBot.Setup;
using Azure.Data.Tables;
using TrivselsBot.Storage;

namespace TrivselsBot.Summaries;

/// <summary>
/// Table "leadersummaries": one row per team and closed week (partition = team key, row = "2026-W48"), written once the
/// week's automatic summary has gone out, so a later close run (a retry, another instance, a leader added since) sends
/// nothing. A run cut off mid-way leaves no row and the next run finishes it; the delivery records keep each leader to
/// one card whatever happens.
/// </summary>
public sealed class LeaderSummaryMarks(PrefixedTableService tables, TimeProvider time)
{
    public const string TableName = "leadersummaries";

    private readonly TableClient _table = tables.GetTableClient(TableName);

    public async Task<bool> IsSentAsync(TeamRef team, PulsePeriod week, CancellationToken ct) =>
        await _table.GetAsync(team.Key, week.ToString(), ct: ct) is not null;

    public async Task MarkSentAsync(TeamRef team, PulsePeriod week, CancellationToken ct) =>
        await _table.UpsertEntityAsync(new TableEntity(team.Key, week.ToString()) { ["SentAt"] = time.GetUtcNow() }, TableUpdateMode.Replace, ct);
}
