using System.Text.Json;
using TrivselsBot.CheckIns;
using TrivselsBot.Setup;
using TrivselsBot.Storage;
using Azure.Data.Tables;

namespace TrivselsBot.Summaries;

/// <summary>
/// Table "aggregates": one row per team and closed period (partition = team key, row = "2026-W48") with the respondent
/// count, the roster size, the team's k at close and every asked question's aggregate in one JSON column. One row per period, not one per
/// question, because:
/// - the period is what k is checked against: its respondent count and its questions' counts are written in one atomic
///   write, so nobody ever reads question figures of one recompute beside the respondent count of another;
/// - question ids are data an organisation edits, not schema: a column per id and statistic would soon pass the 252
///   properties an entity may hold;
/// - a summary reads 13 periods: one range query in one partition returning 13 small rows (a period asks at most 5
///   questions, about 1 KB of JSON against the 64 KiB a string property may hold).
/// </summary>
/// <remarks>
/// Table "tenantweeks" holds the same rows keyed the other way (partition = tenant + week, row = team's conversation id),
/// so the organisation roll-up reads a tenant's week in one partition query instead of one query per team.
/// </remarks>
public sealed class AggregateStore(PrefixedTableService tables, TimeProvider time)
{
    public const string TableName = "aggregates";
    public const string ByTenantTableName = "tenantweeks";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly TableClient _table = tables.GetTableClient(TableName);
    private readonly TableClient _byTenant = tables.GetTableClient(ByTenantTableName);

    /// <summary>
    /// Builds the period's aggregate afresh from all its stored answers and saves it, so running twice (a retried or
    /// doubled flush) gives the same row and can never count an answer twice. Only a closed period is aggregated: a
    /// figure that changed while a period was still filling up would show, by subtraction, what the latest answers were.
    /// Answers are only ever added to a period, so when two recomputes race, the one that saw more answers wins.
    /// </summary>
    /// <param name="minimumGroupSize">The team's k now, at close: stored with the period and never relaxed later.</param>
    /// <returns>The aggregate now stored; null, with nothing written, while the period is still open.</returns>
    public async Task<PeriodAggregate?> RecomputeAsync(
        TeamRef team, PulsePeriod period, IReadOnlyList<IReadOnlyDictionary<string, int?>> storedScores, int rosterSize, int minimumGroupSize, CancellationToken ct)
    {
        if (!period.IsClosedAt(time.GetUtcNow())) return null;
        var fresh = PeriodAggregate.From(period, storedScores, rosterSize) with { MinimumGroupSizeAtClose = new KAnonymity(minimumGroupSize).K };
        var row = ToEntity(team, fresh);
        while (true)
        {
            var existing = await _table.GetAsync(team.Key, period.ToString(), ct: ct);
            if (existing is null)
            {
                // The tenant's copy first: the team's row is what marks the week closed, so a close cut off between
                // the two writes is done again in full rather than leaving the organisation roll-up without the week.
                await IndexAsync(team, fresh, ct);
                if (!(await _table.InsertAsync(row, ct)).Succeeded) continue;
                return fresh;
            }
            // Written once: a figure a leader may already have seen never changes, so two views cannot be subtracted.
            // The tenant's copy is written again, as a close that lost the race above wrote its own there first.
            var stored = FromEntity(existing);
            await IndexAsync(team, stored, ct);
            return stored;
        }
    }

    /// <summary>The team's aggregated periods from <paramref name="from"/> to <paramref name="to"/>, both included, oldest first.</summary>
    public async Task<IReadOnlyList<PeriodAggregate>> GetRangeAsync(TeamRef team, PulsePeriod from, PulsePeriod to, CancellationToken ct)
    {
        if (from > to) throw new ArgumentException($"The range {from}..{to} runs backwards.", nameof(from));
        var filter = TableFilter.And(
            TableFilter.Equal("PartitionKey", team.Key),
            TableFilter.GreaterThanOrEqual("RowKey", from.ToString()),
            TableFilter.LessThan("RowKey", to.Next.ToString()));
        var periods = new List<PeriodAggregate>();
        await foreach (var row in _table.QueryEntitiesAsync(filter, ct: ct)) periods.Add(FromEntity(row));
        return [.. periods.OrderBy(p => p.Period)];
    }

    /// <summary>Every team's aggregate of the week in the tenant, by the team's conversation id: one partition query.</summary>
    public async Task<IReadOnlyDictionary<string, PeriodAggregate>> GetTenantWeekAsync(string tenantId, PulsePeriod week, CancellationToken ct)
    {
        var teams = new Dictionary<string, PeriodAggregate>(StringComparer.Ordinal);
        await foreach (var row in _byTenant.QueryEntitiesAsync(TableFilter.Equal("PartitionKey", TenantWeek(tenantId, week)), ct: ct))
        {
            teams[row.GetString("ConversationId")!] = FromEntity(row, week);
        }
        return teams;
    }

    private async Task IndexAsync(TeamRef team, PeriodAggregate aggregate, CancellationToken ct)
    {
        var row = ToEntity(TenantWeek(team.TenantId, aggregate.Period), TableKeys.Escape(team.ConversationId), aggregate);
        row["ConversationId"] = team.ConversationId;
        await _byTenant.UpsertEntityAsync(row, TableUpdateMode.Replace, ct);
    }

    private static string TenantWeek(string tenantId, PulsePeriod week) => TableKeys.Escape(tenantId) + "|" + week;

    private static TableEntity ToEntity(TeamRef team, PeriodAggregate aggregate) => ToEntity(team.Key, aggregate.Period.ToString(), aggregate);

    private static TableEntity ToEntity(string partition, string row, PeriodAggregate aggregate) => new(partition, row)
    {
        ["Respondents"] = aggregate.Respondents,
        ["RosterSize"] = aggregate.RosterSize,
        ["MinimumGroupSize"] = aggregate.MinimumGroupSizeAtClose,
        ["Questions"] = JsonSerializer.Serialize(aggregate.Questions, Json),
    };

    private static PeriodAggregate FromEntity(TableEntity row)
    {
        if (!PulsePeriod.TryParse(row.RowKey, out var period)) throw new FormatException($"\"{row.RowKey}\" in {TableName} is not a period.");
        return FromEntity(row, period);
    }

    private static PeriodAggregate FromEntity(TableEntity row, PulsePeriod period) =>
        new PeriodAggregate(
            period,
            row.GetInt32("Respondents") ?? 0,
            row.GetInt32("RosterSize") ?? 0,
            JsonSerializer.Deserialize<List<QuestionAggregate>>(row.GetString("Questions") ?? "[]", Json)!)
        {
            MinimumGroupSizeAtClose = row.GetInt32("MinimumGroupSize") ?? KAnonymity.Floor,
        };
}
