using System.Security.Cryptography;
using System.Text;
using Azure.Data.Tables;
using TrivselsBot.Setup;
using TrivselsBot.Storage;

namespace TrivselsBot.AmrContact;

/// <summary>
/// Table "amrrequests": partition = team, row = a hash of the consent card's one-time number. The person's name and Entra
/// id (they asked to be named) and the AMRs told — no week, no answer id, no pseudonym, no score: nothing joins a request
/// to the answer that led to it. Removed by the team's erasure, and by the nightly retention run after <see cref="KeptFor"/>.
/// </summary>
public sealed class AmrRequests(PrefixedTableService tables, TimeProvider time)
{
    public const string TableName = "amrrequests";
    private readonly TableClient _table = tables.GetTableClient(TableName);

    /// <summary>
    /// Once the AMR has been told, a request's only use is that a second "ja" on the same card sends nothing; and a card
    /// is refused anyway once its seal has expired (<see cref="AmrSeal.ValidFor"/>). So the note that this person asked
    /// about violence, threats or krænkelser is kept that long and a day more (the day of the "ja" is a date), not for the
    /// general retention of answers: the follow-up lives in the AMR's own chat, not here.
    /// </summary>
    public static readonly TimeSpan KeptFor = AmrSeal.ValidFor + TimeSpan.FromDays(1);

    /// <summary>False when this card's "ja" was recorded already (a double click).</summary>
    public async Task<bool> TryRecordAsync(TeamRef team, string nonce, string aadObjectId, string name, IReadOnlyList<string> amrNames, CancellationToken ct) =>
        (await _table.InsertAsync(new TableEntity(team.Key, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(nonce)))[..32])
        {
            ["PersonAadObjectId"] = aadObjectId,
            ["PersonName"] = name,
            ["Amrs"] = string.Join(", ", amrNames),
            ["Day"] = Day(time.GetUtcNow()),
        }, ct)).Succeeded;

    /// <summary>Deletes every request made on a (Copenhagen) day more than <see cref="KeptFor"/> ago. Returns how many.</summary>
    public async Task<int> DeleteExpiredAsync(CancellationToken ct)
    {
        var expired = new List<TableEntity>();
        await foreach (var row in _table.QueryEntitiesAsync(TableFilter.LessThan("Day", Day(time.GetUtcNow() - KeptFor)), ["PartitionKey", "RowKey"], ct: ct)) expired.Add(row);
        await _table.DeleteRowsAsync(expired, ct);
        return expired.Count;
    }

    private static string Day(DateTimeOffset instant) =>
        DateOnly.FromDateTime(Scheduling.Copenhagen.LocalTime(instant)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public async Task<int> CountAsync(TeamRef team, CancellationToken ct)
    {
        var count = 0;
        await foreach (var _ in _table.QueryEntitiesAsync(TableFilter.Equal("PartitionKey", team.Key), ["RowKey"], ct: ct)) count++;
        return count;
    }
}
