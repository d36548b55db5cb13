using System.Text.Json;
using TrivselsBot.CheckIns;
using TrivselsBot.Setup;
using TrivselsBot.Summaries;
using Azure.Data.Tables;
using TrivselsBot.Storage;

namespace TrivselsBot.Groups;

/// <summary>
/// Table "groupaggregates": one row per team and closed week (partition = team key, row = "2026-W48") with every group's
/// respondents and question aggregates, and the k in force when the week closed. Written once, like the team's row in
/// <see cref="AggregateStore"/>, so two views can never be subtracted.
/// </summary>
public sealed class GroupAggregateStore(PrefixedTableService tables, TimeProvider time)
{
    public const string TableName = "groupaggregates";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly TableClient _table = tables.GetTableClient(TableName);

    /// <returns>The week's group figures now stored; null, with nothing written, while the week is open or had no groups.</returns>
    public async Task<GroupWeek?> RecomputeAsync(
        TeamRef team, PulsePeriod week, IReadOnlyDictionary<string, List<IReadOnlyDictionary<string, int?>>> scoresByGroup, int minimumGroupSize, CancellationToken ct)
    {
        if (!week.IsClosedAt(time.GetUtcNow()) || scoresByGroup.Count == 0) return null;
        var fresh = new GroupWeek(week, Math.Max(KAnonymity.Floor, minimumGroupSize), scoresByGroup
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new GroupAggregate(g.Key, PeriodAggregate.From(week, g.Value, rosterSize: 0)))
            .ToList());
        var row = new TableEntity(team.Key, week.ToString())
        {
            ["K"] = fresh.K,
            ["Groups"] = JsonSerializer.Serialize(fresh.Groups.Select(g => new StoredGroup(g.Name, g.Aggregate.Respondents, g.Aggregate.Questions)), Json),
        };
        if ((await _table.InsertAsync(row, ct)).Succeeded) return fresh;
        return await GetAsync(team, week, ct);
    }

    public async Task<GroupWeek?> GetAsync(TeamRef team, PulsePeriod week, CancellationToken ct)
    {
        var row = await _table.GetAsync(team.Key, week.ToString(), ct: ct);
        return row is null ? null : new GroupWeek(
            week,
            row.GetInt32("K") ?? KAnonymity.Floor,
            JsonSerializer.Deserialize<List<StoredGroup>>(row.GetString("Groups") ?? "[]", Json)!
                .Select(g => new GroupAggregate(g.Name, new PeriodAggregate(week, g.Respondents, 0, g.Questions)))
                .ToList());
    }

    private sealed record StoredGroup(string Name, int Respondents, IReadOnlyList<QuestionAggregate> Questions);
}

/// <summary>One closed week's groups, and the k that was in force when it closed.</summary>
public sealed record GroupWeek(PulsePeriod Week, int K, IReadOnlyList<GroupAggregate> Groups);

public sealed record GroupAggregate(string Name, PeriodAggregate Aggregate);
