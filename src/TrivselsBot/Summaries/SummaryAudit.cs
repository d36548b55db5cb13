using System.Security.Cryptography;
using TrivselsBot.Storage;
using Azure;
using Azure.Data.Tables;

namespace TrivselsBot.Summaries;

/// <summary>
/// Table "audit": every request for a team's figures, shown or refused — who (Entra id and display name), what, which
/// team (conversation id and name), when, and how it ended. The names are those Teams showed at the time, so an admin
/// can read the log. Partition = tenant; row = newest first (inverted ticks) plus a random suffix. A request whose
/// outcome is known only later (a file upload) is written before the work starts and its outcome set afterwards, so a
/// failure or a crash mid-way never loses the request.
/// </summary>
public sealed class SummaryAudit(PrefixedTableService tables, TimeProvider time)
{
    public const string TableName = "audit";

    private readonly TableClient _table = tables.GetTableClient(TableName);

    /// <returns>The entry's row, for <see cref="SetOutcomeAsync"/>.</returns>
    public Task<string> RecordAsync(string tenantId, string who, AuditWhat what, string team, AuditOutcome outcome, CancellationToken ct) =>
        RecordAsync(tenantId, who, what, team, outcome, AuditNames.None, ct);

    /// <returns>The entry's row, for <see cref="SetOutcomeAsync"/>.</returns>
    public async Task<string> RecordAsync(string tenantId, string who, AuditWhat what, string team, AuditOutcome outcome, AuditNames names, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var row = (DateTimeOffset.MaxValue.UtcTicks - now.UtcTicks).ToString("D19", System.Globalization.CultureInfo.InvariantCulture)
            + "-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
        var entity = new TableEntity(TableKeys.Escape(tenantId), row)
        {
            ["Who"] = who, ["What"] = what.ToString(), ["Team"] = team, ["At"] = now,
            ["WhoName"] = NullIfBlank(names.Who), ["TeamName"] = NullIfBlank(names.Team),
        };
        await _table.InsertAsync(WithOutcome(entity, outcome), ct);
        return row;
    }

    /// <summary>
    /// Sets how a recorded request ended; who, what and when stay. Only an existing entry is changed, and never cancelled:
    /// the outcome of work already done must not be lost to a shutdown. The request's first outcome carries no figures, so
    /// none are left behind.
    /// </summary>
    public async Task SetOutcomeAsync(string tenantId, string row, AuditOutcome outcome) =>
        await _table.UpdateAsync(WithOutcome(new TableEntity(TableKeys.Escape(tenantId), row), outcome), ETag.All, TableUpdateMode.Merge, CancellationToken.None);

    /// <summary>The outcome as a code and its figures in columns of their own (an empty figure is not written).</summary>
    private static TableEntity WithOutcome(TableEntity entity, AuditOutcome outcome)
    {
        entity["Outcome"] = outcome.Result.ToString();
        entity["Count"] = outcome.Count;
        entity["Of"] = outcome.Of;
        entity["Roles"] = outcome.Roles;
        return entity;
    }

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    /// <summary>Puts <paramref name="replacement"/> where the tenant's entries name <paramref name="team"/> (its id and its name): who did what stays, the team does not.</summary>
    public async Task ReplaceTeamAsync(string tenantId, string team, string replacement, CancellationToken ct)
    {
        var filter = TableFilter.And(TableFilter.Equal("PartitionKey", TableKeys.Escape(tenantId)), TableFilter.Equal("Team", team));
        var rows = new List<TableEntity>();
        await foreach (var row in _table.QueryEntitiesAsync(filter, ["PartitionKey", "RowKey"], ct: ct)) rows.Add(row);
        foreach (var row in rows)
        {
            await _table.UpsertEntityAsync(new TableEntity(row.PartitionKey, row.RowKey) { ["Team"] = replacement, ["TeamName"] = replacement }, TableUpdateMode.Merge, ct);
        }
    }

    public async Task<IReadOnlyList<AuditEntry>> LatestAsync(string tenantId, int count, CancellationToken ct)
    {
        var entries = new List<AuditEntry>();
        await foreach (var e in _table.QueryEntitiesAsync(TableFilter.Equal("PartitionKey", TableKeys.Escape(tenantId)), pageSize: Math.Min(count, 1000), ct: ct))
        {
            entries.Add(new AuditEntry(e.GetString("Who")!, e.GetString("What")!, e.GetString("Team")!, e.GetString("Outcome")!, e.GetDateTimeOffset("At")!.Value)
            {
                WhoName = e.GetString("WhoName"), TeamName = e.GetString("TeamName"), Count = e.GetInt32("Count"), Of = e.GetInt32("Of"), Roles = e.GetString("Roles"),
            });
            if (entries.Count == count) break;
        }
        return entries;
    }
}

/// <summary>
/// One entry as stored. <see cref="What"/> and <see cref="Outcome"/> hold codes of <see cref="AuditWhat"/> and
/// <see cref="AuditResult"/>; entries written before there were codes hold free English text there instead.
/// </summary>
public sealed record AuditEntry(string Who, string What, string Team, string Outcome, DateTimeOffset At)
{
    public string? WhoName { get; init; }
    public string? TeamName { get; init; }
    public int? Count { get; init; }
    public int? Of { get; init; }
    public string? Roles { get; init; }

    /// <summary>What the entry is about, or null for an entry from before the codes.</summary>
    public AuditWhat? KnownWhat => Code<AuditWhat>(What);

    /// <summary>How it ended, with its figures, or null for an entry from before the codes.</summary>
    public AuditOutcome? KnownOutcome => Code<AuditResult>(Outcome) is { } result ? new AuditOutcome(result, Count, Of, Roles) : null;

    // Only a member's exact name: Enum.TryParse alone also takes numbers and other casings, which old free text could be.
    private static T? Code<T>(string stored) where T : struct, Enum =>
        Enum.TryParse<T>(stored, out var value) && value.ToString() == stored ? value : null;
}

/// <summary>The display names stored beside the ids: the person's as Teams sent it with the request, the team's from its setup.</summary>
public sealed record AuditNames(string? Who, string? Team)
{
    public static AuditNames None { get; } = new(null, null);
}
