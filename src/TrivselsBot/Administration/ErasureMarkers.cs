using System.Security.Cryptography;
using TrivselsBot.Setup;
using TrivselsBot.Storage;
using Azure.Data.Tables;

namespace TrivselsBot.Administration;

/// <summary>
/// Table "erasures": partition = tenant, row = the team's conversation id, written before anything is deleted and
/// removed as the last step. A marker left behind means an erasure was cut off; confirming again, or the nightly
/// retention run, finishes it under the same erasure id.
/// </summary>
public sealed class ErasureMarkers(PrefixedTableService tables, TimeProvider time)
{
    public const string TableName = "erasures";

    private readonly TableClient _table = tables.GetTableClient(TableName);

    /// <summary>The erasure of the team: the one under way, or a new one. <see cref="Erasure.Resumed"/> tells which.</summary>
    public async Task<Erasure> StartAsync(TeamRef team, string requestedBy, CancellationToken ct)
    {
        var fresh = new TableEntity(TableKeys.Escape(team.TenantId), TableKeys.Escape(team.ConversationId))
        {
            ["TenantId"] = team.TenantId,
            ["ConversationId"] = team.ConversationId,
            ["ErasureId"] = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6)),
            ["RequestedBy"] = requestedBy,
            ["StartedAt"] = time.GetUtcNow(),
        };
        if ((await _table.InsertAsync(fresh, ct)).Succeeded) return FromEntity(fresh, resumed: false);
        var existing = await _table.GetAsync(fresh.PartitionKey, fresh.RowKey, ct: ct)
            ?? throw new InvalidOperationException("The erasure marker vanished while it was being read; confirm again.");
        return FromEntity(existing, resumed: true);
    }

    public async IAsyncEnumerable<Erasure> UnfinishedAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var row in _table.QueryEntitiesAsync(ct: ct)) yield return FromEntity(row, resumed: true);
    }

    public Task FinishAsync(Erasure erasure, CancellationToken ct) =>
        _table.DeleteRowAsync(TableKeys.Escape(erasure.Team.TenantId), TableKeys.Escape(erasure.Team.ConversationId), ct: ct);

    private static Erasure FromEntity(TableEntity e, bool resumed) => new(
        new TeamRef(e.GetString("TenantId")!, e.GetString("ConversationId")!),
        e.GetString("ErasureId")!,
        e.GetString("RequestedBy")!,
        resumed);
}

/// <summary>One team's erasure; <see cref="Id"/> stands in for the team in the audit trail once the team is gone.</summary>
public sealed record Erasure(TeamRef Team, string Id, string RequestedBy, bool Resumed)
{
    public string AuditName => "erased-team-" + Id;
}
