using Microsoft.Extensions.Options;
using TrivselsBot.AmrContact;
using TrivselsBot.Privacy;
using TrivselsBot.Storage;
using Azure.Data.Tables;

namespace TrivselsBot.Administration;

/// <summary>
/// Deletes the raw rows of every week that ended more than "Privacy:RetentionMonths" ago: answers, comments, the
/// answer inbox, participation, send records and the dialogue's handles, threads and waiting messages (the tables
/// partitioned by team and week). Aggregates stay. AMR contact requests go sooner, on their own clock (<see cref="AmrRequests.KeptFor"/>).
/// </summary>
public sealed class RetentionSweep(PrefixedTableService tables, AmrRequests amrRequests, IOptions<PrivacyOptions> privacy, TimeProvider time, ILogger<RetentionSweep> log)
{
    /// <summary>Weeks that ended before this instant are past keeping.</summary>
    public DateTimeOffset Cutoff => time.GetUtcNow().AddMonths(-privacy.Value.RetentionMonths);

    public async Task<int> DeleteExpiredAsync(CancellationToken ct)
    {
        var cutoff = Cutoff;
        var deleted = 0;
        foreach (var name in TeamDataMap.Keyed(TeamKeying.TeamPeriodPartitions))
        {
            var table = tables.GetTableClient(name);
            var expired = new List<TableEntity>();
            await foreach (var row in table.QueryEntitiesAsync(select: ["PartitionKey", "RowKey"], ct: ct))
            {
                if (TeamDataMap.TryReadPeriod(row.PartitionKey, out var period) && period.End <= cutoff) expired.Add(row);
            }
            await table.DeleteRowsAsync(expired, ct);
            deleted += expired.Count;
        }
        if (deleted > 0) log.LogInformation("Retention: deleted {Rows} rows of weeks that ended before {Cutoff:yyyy-MM-dd}", deleted, cutoff);
        var requests = await amrRequests.DeleteExpiredAsync(ct);
        if (requests > 0) log.LogInformation("Retention: deleted {Requests} AMR contact request(s) older than {Days} days", requests, AmrRequests.KeptFor.TotalDays);
        return deleted + requests;
    }
}
