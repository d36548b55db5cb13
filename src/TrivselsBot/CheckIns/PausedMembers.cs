using TrivselsBot.Privacy;
using TrivselsBot.Storage;
using Azure.Data.Tables;

namespace TrivselsBot.CheckIns;

/// <summary>Table "pausedmembers": partition = tenant, row = member pseudonym. A row means "send me no pulses".</summary>
public sealed class PausedMembers(PrefixedTableService tables, MemberPseudonym pseudonyms)
{
    public const string TableName = "pausedmembers";

    private readonly TableClient _table = tables.GetTableClient(TableName);

    public Task PauseAsync(string tenantId, string aadObjectId, CancellationToken ct) =>
        _table.UpsertEntityAsync(new TableEntity(TableKeys.Escape(tenantId), pseudonyms.For(aadObjectId)) { ["Paused"] = true }, TableUpdateMode.Replace, ct);

    public Task ResumeAsync(string tenantId, string aadObjectId, CancellationToken ct) =>
        _table.DeleteRowAsync(TableKeys.Escape(tenantId), pseudonyms.For(aadObjectId), ct: ct);

    /// <summary>The pseudonyms of everyone in the tenant who paused.</summary>
    public async Task<HashSet<string>> PausedInTenantAsync(string tenantId, CancellationToken ct)
    {
        var paused = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var row in _table.QueryEntitiesAsync(TableFilter.Equal("PartitionKey", TableKeys.Escape(tenantId)), ["RowKey"], ct: ct))
        {
            paused.Add(row.RowKey);
        }
        return paused;
    }
}
