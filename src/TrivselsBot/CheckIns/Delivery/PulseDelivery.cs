using Microsoft.Extensions.Options;
using TrivselsBot.BotConnector;
using TrivselsBot.Graph;
using TrivselsBot.Privacy;
using TrivselsBot.Setup;

namespace TrivselsBot.CheckIns.Delivery;

/// <summary>
/// Brings a card to every member of a team 1:1, as fast as Teams allows, at most once per member, kind and period.
/// Each member is claimed in the send records before anything is sent, so runs on several instances share the work and
/// a run after a crash or shutdown picks up the rest. Give it a <see cref="ConnectorClient"/> without retries
/// (MaxRetries = 0): it repeats requests itself, so that every attempt waits for the rate limiter. With an
/// <see cref="TeamsAppInstaller"/>, a member Teams will not open a chat with gets the app installed through Graph first.
/// </summary>
public sealed class PulseDelivery
{
    private readonly PersonalChatSender _sender;
    private readonly SendRecords _sends;
    private readonly MemberPseudonym _pseudonyms;
    private readonly DeliveryOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<PulseDelivery> _log;

    public PulseDelivery(ConnectorClient connector, TeamsRateLimiter limiter, PersonalChats chats, SendRecords sends,
        MemberPseudonym pseudonyms, IOptions<DeliveryOptions> options, TimeProvider time, ILogger<PulseDelivery> log,
        TeamsAppInstaller? installer = null)
    {
        _sender = new PersonalChatSender(connector, limiter, chats, installer, time);
        _sends = sends;
        _pseudonyms = pseudonyms;
        _options = options.Value;
        _time = time;
        _log = log;
    }

    /// <summary>
    /// Sends <paramref name="buildActivity"/>'s card to each recipient not yet done. Cancelling stops at the next wait:
    /// members not yet sent to are given back, sends already on their way are finished and recorded, then it throws.
    /// </summary>
    public async Task<FanOutReport> DeliverAsync(TeamRef team, PulsePeriod period, DeliveryKind kind, string serviceUrl, ChannelAccount bot,
        IReadOnlyList<TeamMember> recipients, Func<TeamMember, Activity> buildActivity, CancellationToken ct)
    {
        var started = _time.GetTimestamp();
        var partition = SendRecords.Partition(team, period, kind);
        var known = await _sends.LoadAsync(partition, ct);
        var target = new FanOutTarget(team.TenantId, serviceUrl, bot);
        var members = recipients.Select(m => (Member: m, Row: _pseudonyms.For(m.AadObjectId))).DistinctBy(m => m.Row);
        var tally = new FanOutTally();

        await Parallel.ForEachAsync(members, new ParallelOptions { MaxDegreeOfParallelism = _options.MaxParallelSends, CancellationToken = ct },
            async (m, token) => tally.Add(await DeliverToAsync(target, partition, m.Row, m.Member, known.GetValueOrDefault(m.Row), buildActivity, token)));

        var report = tally.ToReport(_time.GetElapsedTime(started));
        _log.LogInformation("{Kind} {Period} delivered in {Elapsed}: {Sent} sent, {Done} done before, {Unreachable} unreachable, {Failed} failed, {Elsewhere} claimed elsewhere, {NotInstalled} app not installable",
            kind, period, report.Elapsed, report.Sent, report.SkippedAlreadyDone, report.Unreachable, report.Failed, report.ClaimedElsewhere, report.NotInstalled);
        return report;
    }

    /// <summary>How long a member claimed by another run is left alone before it counts as abandoned.</summary>
    public TimeSpan StaleClaimAfter => _options.StaleClaimAfter;

    public async Task<FanOutProgress> GetProgressAsync(TeamRef team, PulsePeriod period, DeliveryKind kind, int rosterSize, CancellationToken ct)
    {
        var rows = (await _sends.LoadAsync(SendRecords.Partition(team, period, kind), ct)).Values;
        var sent = rows.Count(r => r.Status == SendStatus.Sent);
        var unreachable = rows.Count(r => r.Status == SendStatus.Unreachable);
        var failed = rows.Count(r => r.Status == SendStatus.Failed);
        var notInstalled = rows.Count(r => r.Status == SendStatus.NotInstalled);
        return new FanOutProgress(sent, Math.Max(0, rosterSize - sent - unreachable - failed - notInstalled), unreachable, failed, notInstalled);
    }

    /// <summary>The pseudonyms of the members who were sent this kind in this period.</summary>
    public async Task<IReadOnlySet<string>> SentToAsync(TeamRef team, PulsePeriod period, DeliveryKind kind, CancellationToken ct) =>
        (await _sends.LoadAsync(SendRecords.Partition(team, period, kind), ct)).Values
            .Where(r => r.Status == SendStatus.Sent).Select(r => r.Member).ToHashSet(StringComparer.Ordinal);

    private async Task<MemberOutcome> DeliverToAsync(FanOutTarget target, string partition, string row, TeamMember member, SendRecord? known,
        Func<TeamMember, Activity> buildActivity, CancellationToken ct)
    {
        if (known?.Skip(_time.GetUtcNow(), _options) is { } skipped) return skipped;
        var claim = await _sends.TryClaimAsync(partition, row, known, _time.GetUtcNow());
        if (claim is null) return MemberOutcome.ClaimedElsewhere;
        if (known?.Status == SendStatus.Sending) _log.LogWarning("Took over a delivery claimed at {ClaimedAt} by a run that never finished it", known.ClaimedAt);

        // A live run stops sending on a claim well before anyone may take it over as stale.
        var deadline = claim.ClaimedAt!.Value + _options.StaleClaimAfter / 2;
        var before = known?.Attempts ?? 0;
        var tries = 0;
        TryResult last = default;
        try
        {
            var activity = buildActivity(member);
            while (true)
            {
                last = await _sender.TryAsync(target, member, activity, deadline, ct);
                tries++;
                var backoff = Backoff(tries);
                if (last.Status != SendStatus.Failed || before + tries >= _options.MaxAttempts || _time.GetUtcNow() + backoff >= deadline) break;
                await Task.Delay(backoff, _time, ct);
            }
        }
        catch (Exception) when (tries == 0)
        {
            // A try that may have delivered always ends before anything can throw, so nothing reached the member.
            await _sends.ReleaseAsync(claim, known);
            throw;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            await _sends.FinishAsync(claim, SendStatus.Failed, before + tries, last.ErrorCode);
            throw;
        }

        if (!await _sends.FinishAsync(claim, last.Status, before + tries, last.ErrorCode))
        {
            _log.LogWarning("A delivery claim was taken over while this run still held it; the member may have been sent the card twice");
        }
        return last.Status switch
        {
            SendStatus.Sent => MemberOutcome.Sent,
            SendStatus.Unreachable => MemberOutcome.Unreachable,
            SendStatus.NotInstalled => MemberOutcome.NotInstalled,
            _ => MemberOutcome.Failed,
        };
    }

    private TimeSpan Backoff(int tries) => _options.RetryDelay * (Math.Pow(2, tries - 1) * (0.5 + Random.Shared.NextDouble()));
}
