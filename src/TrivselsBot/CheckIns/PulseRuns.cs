using TrivselsBot.Setup;
using Azure.Data.Tables;
using TrivselsBot.Storage;

namespace TrivselsBot.CheckIns;

/// <summary>
/// Table "pulseruns": one marker per (team, period). Inserting it decides which instance sends a pulse that fired
/// twice (a retry, two instances); a claim whose lease ran out (the sender died) may be taken over.
/// </summary>
public sealed class PulseRuns(PrefixedTableService tables, TimeProvider time)
{
    public const string TableName = "pulseruns";
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(30);

    private readonly TableClient _table = tables.GetTableClient(TableName);

    /// <summary>
    /// The claim when this caller may send now; null when the pulse was sent already or another instance is sending.
    /// <paramref name="senderDied"/> (Quartz recovering the job of a dead instance) takes over a claim whose lease still runs.
    /// </summary>
    public async Task<PulseClaim?> TryClaimAsync(TeamRef team, PulsePeriod period, IReadOnlyList<string> questionIds, bool senderDied, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var fresh = new PulseRun(team, period, questionIds, RosterSize: 0, Sent: false);
        var inserted = await _table.InsertAsync(ToEntity(fresh, now + Lease), ct);
        if (inserted.Succeeded) return new PulseClaim(fresh, TakenOver: false);

        var existing = await _table.GetAsync(team.Key, period.ToString(), ct: ct);
        if (existing is null || existing.GetBoolean("Sent") == true) return null;
        if (!senderDied && existing.GetDateTimeOffset("LeaseUntil") > now) return null;
        var resumed = FromEntity(team, period, existing);
        var taken = await _table.UpdateAsync(ToEntity(resumed, now + Lease), existing.ETag!, TableUpdateMode.Replace, ct);
        return taken.Succeeded ? new PulseClaim(resumed, TakenOver: true) : null;
    }

    /// <summary>
    /// For a pulse sent in parts by many runs and never claimed (the leaders' own, riding on every team's run): records
    /// that part of it went out under <paramref name="minimumGroupSize"/>. The stored k is only ever raised, so the week
    /// closes under the largest k any of its cards went out under. Returns that k.
    /// </summary>
    public async Task<int> RecordSentUnderAsync(TeamRef team, PulsePeriod period, IReadOnlyList<string> questionIds, int minimumGroupSize, CancellationToken ct)
    {
        while (true)
        {
            var existing = await _table.GetAsync(team.Key, period.ToString(), ct: ct);
            var stored = existing is null ? null : FromEntity(team, period, existing);
            var k = Math.Max(minimumGroupSize, stored?.MinimumGroupSize ?? 0);
            if (stored?.MinimumGroupSize == k) return k;
            var row = ToEntity((stored ?? new PulseRun(team, period, questionIds, RosterSize: 0, Sent: true)) with { MinimumGroupSize = k }, time.GetUtcNow());
            var written = existing is null ? await _table.InsertAsync(row, ct) : await _table.UpdateAsync(row, existing.ETag!, TableUpdateMode.Replace, ct);
            if (written.Succeeded) return k;
        }
    }

    public async Task<PulseRun?> GetAsync(TeamRef team, PulsePeriod period, CancellationToken ct)
    {
        var entity = await _table.GetAsync(team.Key, period.ToString(), ct: ct);
        return entity is null ? null : FromEntity(team, period, entity);
    }

    /// <summary>Every run of the team, oldest first: one partition read.</summary>
    public async Task<IReadOnlyList<PulseRun>> AllAsync(TeamRef team, CancellationToken ct)
    {
        var all = new List<PulseRun>();
        await foreach (var entity in _table.QueryEntitiesAsync(TableFilter.Equal("PartitionKey", team.Key), ct: ct))
        {
            if (PulsePeriod.TryParse(entity.RowKey, out var period)) all.Add(FromEntity(team, period, entity));
        }
        return [.. all.OrderBy(r => r.Period)];
    }

    /// <summary>Leaves an unfinished run for a later resume to claim at once.</summary>
    public Task ReleaseAsync(PulseRun run, CancellationToken ct) =>
        _table.UpsertEntityAsync(ToEntity(run with { Sent = false }, time.GetUtcNow()), TableUpdateMode.Replace, ct);

    public Task SaveAsync(PulseRun run, CancellationToken ct) =>
        _table.UpsertEntityAsync(ToEntity(run, run.Sent ? time.GetUtcNow() : time.GetUtcNow() + Lease), TableUpdateMode.Replace, ct);

    private static TableEntity ToEntity(PulseRun run, DateTimeOffset leaseUntil) => new(run.Team.Key, run.Period.ToString())
    {
        ["QuestionIds"] = string.Join(',', run.QuestionIds),
        ["RosterSize"] = run.RosterSize,
        ["Recipients"] = run.Recipients,
        ["MinimumGroupSize"] = run.MinimumGroupSize,
        ["Sent"] = run.Sent,
        ["LeaseUntil"] = leaseUntil,
    };

    private static PulseRun FromEntity(TeamRef team, PulsePeriod period, TableEntity e) => new(
        team,
        period,
        (e.GetString("QuestionIds") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries),
        e.GetInt32("RosterSize") ?? 0,
        e.GetBoolean("Sent") ?? false) { Recipients = e.GetInt32("Recipients") ?? 0, MinimumGroupSize = e.GetInt32("MinimumGroupSize") ?? 0 };
}

/// <summary>The right to send a period's pulse; <see cref="TakenOver"/> when it continues the work of a sender that died.</summary>
public sealed record PulseClaim(PulseRun Run, bool TakenOver);

/// <summary>A team's pulse for one period: the questions everyone gets, and how many were on the roster.</summary>
public sealed record PulseRun(TeamRef Team, PulsePeriod Period, IReadOnlyList<string> QuestionIds, int RosterSize, bool Sent)
{
    /// <summary>The roster less those who paused: how many the pulse is for.</summary>
    public int Recipients { get; init; }

    /// <summary>
    /// The team's k when the pulse went out (0 for runs stored before it was kept). The week closes under the larger of
    /// this and the k at close, so lowering k between the pulse and the next run shows no week under a smaller k.
    /// </summary>
    public int MinimumGroupSize { get; init; }
}
