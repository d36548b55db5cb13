using TrivselsBot.CheckIns.Delivery;
using TrivselsBot.Scheduling;
using TrivselsBot.Setup;
using TrivselsBot.Storage;
using TrivselsBot.Summaries;
using Azure.Data.Tables;
using TrivselsBot.Teams;

namespace TrivselsBot.Administration;

/// <summary>
/// Deletes everything stored about one team, table by table as <see cref="TeamDataMap"/> describes them. Every step
/// can run again: an erasure cut off half-way (storage went away) is finished by confirming again, or by the nightly
/// retention run, under the same erasure id.
/// </summary>
public sealed class TeamErasure(
    PrefixedTableService tables,
    ErasureMarkers markers,
    TeamSetupStore setups,
    TeamSchedules schedules,
    ConversationReferences conversations,
    SummaryAudit audit,
    Trio.TrioStore trios,
    Privacy.MemberPseudonym pseudonyms,
    ILogger<TeamErasure> log)
{
    public async Task<Erasure> EraseAsync(TeamRef team, string requestedBy, CancellationToken ct)
    {
        var erasure = await markers.StartAsync(team, requestedBy, ct);
        if (!erasure.Resumed) await audit.RecordAsync(team.TenantId, requestedBy, AuditWhat.Erasure, erasure.AuditName, AuditOutcome.Started, ct);
        await FinishAsync(erasure, ct);
        return erasure;
    }

    /// <summary>Completes erasures that were cut off.</summary>
    public async Task<int> ResumeUnfinishedAsync(CancellationToken ct)
    {
        var finished = 0;
        await foreach (var erasure in markers.UnfinishedAsync(ct))
        {
            await FinishAsync(erasure, ct);
            finished++;
        }
        return finished;
    }

    private async Task FinishAsync(Erasure erasure, CancellationToken ct)
    {
        var team = erasure.Team;
        // The setup and the schedule go first, so no new pulse starts writing while the rest is deleted.
        await setups.DeleteAsync(team, ct);
        await schedules.UnscheduleTeamAsync(team, ct);
        // Before the send records: they are what tells which members were in this team.
        await DeleteMembersOnlyInTeamAsync(team, ct);
        foreach (var table in TeamDataMap.Keyed(TeamKeying.TeamPeriodPartitions))
        {
            await tables.GetTableClient(table).DeleteWhereAsync(TableFilter.StartsWith("PartitionKey", TeamDataMap.PeriodPartitionPrefix(team)), ct);
        }
        foreach (var table in TeamDataMap.Keyed(TeamKeying.TeamPartition))
        {
            await tables.GetTableClient(table).DeleteWhereAsync(TableFilter.Equal("PartitionKey", team.Key), ct);
        }
        foreach (var table in TeamDataMap.Keyed(TeamKeying.TeamRowsInTenantPeriods))
        {
            await tables.GetTableClient(table).DeleteWhereAsync(TableFilter.And(
                TableFilter.StartsWith("PartitionKey", TableKeys.Escape(team.TenantId) + "|"),
                TableFilter.Equal("RowKey", TableKeys.Escape(team.ConversationId))), ct);
        }
        foreach (var table in TeamDataMap.Keyed(TeamKeying.TeamRowsInTenant))
        {
            await tables.GetTableClient(table).DeleteWhereAsync(TableFilter.And(
                TableFilter.Equal("PartitionKey", TableKeys.Escape(team.TenantId)),
                TableFilter.StartsWith("RowKey", TeamDataMap.TeamRowPrefix(team))), ct);
        }
        await conversations.RemoveTeamAsync(team.TenantId, team.ConversationId, ct);
        await audit.ReplaceTeamAsync(team.TenantId, team.ConversationId, erasure.AuditName, ct);
        await audit.RecordAsync(team.TenantId, erasure.RequestedBy, AuditWhat.Erasure, erasure.AuditName, AuditOutcome.Completed, ct);
        await markers.FinishAsync(erasure, ct);
        log.LogWarning("Erasure {Erasure} finished: all data of one team is deleted", erasure.AuditName);
    }

    /// <summary>
    /// A member's remembered 1:1 chat and pause choice serve all their teams, so they go only for members this team's
    /// pulses (or TRIO) reached and no other team's pulse in the tenant did.
    /// </summary>
    private async Task DeleteMembersOnlyInTeamAsync(TeamRef team, CancellationToken ct)
    {
        var prefix = TeamDataMap.PeriodPartitionPrefix(team);
        var tenant = TableKeys.Escape(team.TenantId);
        var onlyHere = new HashSet<string>(StringComparer.Ordinal);
        var elsewhere = new HashSet<string>(StringComparer.Ordinal);
        var sends = tables.GetTableClient(SendRecords.TableName);
        await foreach (var row in sends.QueryEntitiesAsync(TableFilter.StartsWith("PartitionKey", tenant + "|"), ["PartitionKey", "RowKey"], ct: ct))
        {
            (row.PartitionKey.StartsWith(prefix, StringComparison.Ordinal) ? onlyHere : elsewhere).Add(row.RowKey);
        }
        // TRIO members and action owners may have a 1:1 chat from the TRIO's agendas and reminders alone.
        foreach (var aad in await TrioPeopleAsync(team, ct)) onlyHere.Add(pseudonyms.For(aad));
        onlyHere.ExceptWith(elsewhere);
        foreach (var table in TeamDataMap.Keyed(TeamKeying.MemberRows))
        {
            await tables.GetTableClient(table).DeleteRowsAsync(onlyHere.Select(member => new TableEntity(tenant, member)), ct);
        }
    }

    private async Task<IEnumerable<string>> TrioPeopleAsync(TeamRef team, CancellationToken ct)
    {
        var members = (await trios.GetSetupAsync(team, ct))?.Members.Select(m => m.AadObjectId) ?? [];
        var owners = (await trios.ItemsIncludingWithdrawnAsync(team, ct)).Select(i => i.OwnerAadObjectId).OfType<string>();
        return members.Concat(owners).Distinct(StringComparer.OrdinalIgnoreCase);
    }
}
