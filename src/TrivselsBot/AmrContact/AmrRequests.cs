using System.Security.Cryptography;
using System.Text;
using Azure.Data.Tables;
using TrivselsBot.Setup;
using TrivselsBot.Storage;

namespace TrivselsBot.AmrContact;

/// <summary>
/// Table "amrrequests": partition = team, row = a hash of the consent card's one-time number. The person's name and Entra
/// id (they asked to be named) and the AMRs told — no week, no answer id, no pseudonym, no score: nothing joins a request
/// to the answer that led to it. Removed by the team's erasure.
/// </summary>
public sealed class AmrRequests(PrefixedTableService tables, TimeProvider time)
{
    public const string TableName = "amrrequests";
    private readonly TableClient _table = tables.GetTableClient(TableName);

    /// <summary>False when this card's "ja" was recorded already (a double click).</summary>
    public async Task<bool> TryRecordAsync(TeamRef team, string nonce, string aadObjectId, string name, IReadOnlyList<string> amrNames, CancellationToken ct) =>
        (await _table.InsertAsync(new TableEntity(team.Key, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(nonce)))[..32])
        {
            ["PersonAadObjectId"] = aadObjectId,
            ["PersonName"] = name,
            ["Amrs"] = string.Join(", ", amrNames),
            ["Day"] = DateOnly.FromDateTime(Scheduling.Copenhagen.LocalTime(time.GetUtcNow())).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        }, ct)).Succeeded;

    public async Task<int> CountAsync(TeamRef team, CancellationToken ct)
    {
        var count = 0;
        await foreach (var _ in _table.QueryEntitiesAsync(TableFilter.Equal("PartitionKey", team.Key), ["RowKey"], ct: ct)) count++;
        return count;
    }
}
