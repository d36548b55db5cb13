using TrivselsBot.Setup;
using TrivselsBot.TableStorage;

namespace TrivselsBot.CheckIns;

/// <summary>
/// Table "pulseruns": one marker per (team, period). Inserting it decides which instance sends a pulse that fired
/// twice (a retry, two instances); a claim whose lease ran out (the sender died) may be taken over.
/// </summary>
public sealed class PulseRuns(TableServiceClient tables, TimeProvider time)
{
    public const string TableName = "pulseruns";
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(30);

    private readonly TableClient _table = tables.GetTableClient(TableName);

    /// <summary>The run when this caller may send now; null when it was sent already or another instance is sending.</summary>
    public async Task<PulseRun?> TryClaimAsync(TeamRef team, PulsePeriod period, IReadOnlyList<string> questionIds, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var fresh = new PulseRun(team, period, questionIds, RosterSize: 0, Sent: false);
        var inserted = await _table.InsertAsync(ToEntity(fresh, now + Lease), ct);
        if (inserted.Succeeded) return fresh;

        var existing = await _table.GetAsync(team.Key, period.ToString(), ct: ct);
        if (existing is null || existing.GetBoolean("Sent") == true || existing.GetDateTimeOffset("LeaseUntil") > now) return null;
        var resumed = FromEntity(team, period, existing);
        var taken = await _table.UpdateAsync(ToEntity(resumed, now + Lease), existing.ETag!, TableUpdateMode.Replace, ct);
        return taken.Succeeded ? resumed : null;
    }

    public async Task<PulseRun?> GetAsync(TeamRef team, PulsePeriod period, CancellationToken ct)
    {
        var entity = await _table.GetAsync(team.Key, period.ToString(), ct: ct);
        return entity is null ? null : FromEntity(team, period, entity);
    }

    public Task SaveAsync(PulseRun run, CancellationToken ct) =>
        _table.UpsertAsync(ToEntity(run, run.Sent ? time.GetUtcNow() : time.GetUtcNow() + Lease), TableUpdateMode.Replace, ct);

    private static TableEntity ToEntity(PulseRun run, DateTimeOffset leaseUntil) => new(run.Team.Key, run.Period.ToString())
    {
        ["QuestionIds"] = string.Join(',', run.QuestionIds),
        ["RosterSize"] = run.RosterSize,
        ["Sent"] = run.Sent,
        ["LeaseUntil"] = leaseUntil,
    };

    private static PulseRun FromEntity(TeamRef team, PulsePeriod period, TableEntity e) => new(
        team,
        period,
        (e.GetString("QuestionIds") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries),
        e.GetInt32("RosterSize") ?? 0,
        e.GetBoolean("Sent") ?? false);
}

/// <summary>A team's pulse for one period: the questions everyone gets, and how many were on the roster.</summary>
public sealed record PulseRun(TeamRef Team, PulsePeriod Period, IReadOnlyList<string> QuestionIds, int RosterSize, bool Sent);
