using TrivselsBot.Setup;
using Azure;
using Azure.Data.Tables;
using TrivselsBot.Storage;

namespace TrivselsBot.CheckIns.Delivery;

/// <summary>
/// The delivery rows (table "pulsesends": partition = team|period|kind, row = member pseudonym). A member is claimed with
/// an insert, or an ETag-checked update, of a Sending row before anything is sent, so that of two runs only one sends.
/// Claim, finish and release are never cancelled: a row must not be left half-decided by a shutdown.
/// </summary>
public sealed class SendRecords(PrefixedTableService tables)
{
    public const string TableName = "pulsesends";

    private readonly TableClient _table = tables.GetTableClient(TableName);

    /// <summary>A valid table key: the team key escapes every id, the period is "2026-W48", the kind a word.</summary>
    public static string Partition(TeamRef team, PulsePeriod period, DeliveryKind kind) => $"{team.Key}|{period}|{kind}";

    public async Task<Dictionary<string, SendRecord>> LoadAsync(string partition, CancellationToken ct)
    {
        var rows = new Dictionary<string, SendRecord>(StringComparer.Ordinal);
        await foreach (var entity in _table.QueryEntitiesAsync(TableFilter.Equal("PartitionKey", partition), ct: ct))
        {
            rows[entity.RowKey] = FromEntity(entity);
        }
        return rows;
    }

    /// <summary>
    /// Takes <paramref name="member"/> for this run, counting the try that starts: a new Sending row, or the
    /// <paramref name="known"/> row (Failed, or a stale claim) turned into one if nobody changed it since it was read.
    /// Null when another run got there first.
    /// </summary>
    public async Task<SendRecord?> TryClaimAsync(string partition, string member, SendRecord? known, DateTimeOffset now)
    {
        var claim = new SendRecord(partition, member, SendStatus.Sending, (known?.Attempts ?? 0) + 1, known?.ErrorCode, now, ETag.All);
        var written = known is null
            ? await _table.InsertAsync(ToEntity(claim))
            : await _table.UpdateAsync(ToEntity(claim), known.ETag);
        return written.Succeeded ? claim with { ETag = written.ETag!.Value } : null;
    }

    /// <summary>Records how the claimed delivery ended. False if the claim was taken over meanwhile.</summary>
    public async Task<bool> FinishAsync(SendRecord claim, SendStatus status, int attempts, string? errorCode)
    {
        var row = claim with { Status = status, Attempts = attempts, ErrorCode = errorCode };
        return (await _table.UpdateAsync(ToEntity(row), claim.ETag)).Succeeded;
    }

    /// <summary>Gives a claim back untried: the row is as it was before (or gone, if there was none).</summary>
    public async Task ReleaseAsync(SendRecord claim, SendRecord? previous) =>
        await (previous is null
            ? _table.DeleteRowAsync(claim.Partition, claim.Member, claim.ETag)
            : _table.UpdateAsync(ToEntity(previous), claim.ETag));

    private static TableEntity ToEntity(SendRecord r) => new(r.Partition, r.Member)
    {
        ["Status"] = r.Status.ToString(),
        ["Attempts"] = r.Attempts,
        ["ErrorCode"] = r.ErrorCode,
        ["ClaimedAt"] = r.ClaimedAt,
    };

    private static SendRecord FromEntity(TableEntity e) => new(
        e.PartitionKey,
        e.RowKey,
        Enum.Parse<SendStatus>(e.GetString("Status")!),
        e.GetInt32("Attempts") ?? 0,
        e.GetString("ErrorCode"),
        e.GetDateTimeOffset("ClaimedAt"),
        e.ETag);
}
