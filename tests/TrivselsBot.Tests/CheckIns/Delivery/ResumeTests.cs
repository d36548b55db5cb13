using TrivselsBot.CheckIns.Delivery;
using TrivselsBot.Testing;

namespace TrivselsBot.Tests.CheckIns.Delivery;

[Collection(AzuriteCollection.Name)]
public sealed class ResumeTests(AzuriteServer azurite) : IAsyncLifetime
{
    private TeamsLimitsConnector _teams = null!;
    private DeliveryRig _rig = null!;

    public async Task InitializeAsync()
    {
        _teams = await TeamsLimitsConnector.StartAsync(tenantRequestsPerSecond: 100_000);
        _rig = await DeliveryRig.CreateAsync(azurite);
    }

    public async Task DisposeAsync() => await _teams.DisposeAsync();

    [Fact]
    public async Task A_run_stopped_midway_is_resumed_by_the_next_with_the_rest_and_nobody_gets_two_cards()
    {
        var members = _rig.Members(40);
        using var stop = new CancellationTokenSource();
        var first = _rig.DeliverAsync(_rig.NewInstance(DeliveryRig.Options(tenantRequestsPerSecond: 20)), _teams.ServiceUrl, members, ct: stop.Token);
        while (_teams.CardsPerUser.Count < 8) await Task.Delay(10);
        stop.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
        var sentBeforeTheStop = _teams.CardsPerUser.Count;

        var resumed = await _rig.DeliverAsync(_rig.NewInstance(), _teams.ServiceUrl, members);

        Assert.InRange(sentBeforeTheStop, 8, 39);
        Assert.All(members, m => Assert.Equal(1, _teams.CardsTo(m.UserId)));
        Assert.Equal((40 - sentBeforeTheStop, sentBeforeTheStop, 0), (resumed.Sent, resumed.SkippedAlreadyDone, resumed.ClaimedElsewhere));
    }

    [Fact]
    public async Task Two_instances_fanning_out_the_same_pulse_at_once_send_each_member_exactly_one_card()
    {
        var members = _rig.Members(40);

        var reports = await Task.WhenAll(
            _rig.DeliverAsync(_rig.NewInstance(), _teams.ServiceUrl, members),
            _rig.DeliverAsync(_rig.NewInstance(), _teams.ServiceUrl, members));

        Assert.All(members, m => Assert.Equal(1, _teams.CardsTo(m.UserId)));
        Assert.Equal(40, reports.Sum(r => r.Sent));
        Assert.Equal(40, reports.Sum(r => r.ClaimedElsewhere + r.SkippedAlreadyDone));
    }

    [Fact]
    public async Task A_claim_left_by_a_crashed_instance_is_taken_over_once_stale_but_a_fresh_claim_is_left_to_its_holder()
    {
        var (crashed, busy, free) = (_rig.Members(3)[0], _rig.Members(3)[1], _rig.Members(3)[2]);
        var partition = SendRecords.Partition(_rig.Team, DeliveryRig.Week, DeliveryKind.Pulse);
        var now = DateTimeOffset.UtcNow;
        await _rig.Sends.TryClaimAsync(partition, _rig.Pseudonyms.For(crashed.AadObjectId), null, now - TimeSpan.FromMinutes(11));
        await _rig.Sends.TryClaimAsync(partition, _rig.Pseudonyms.For(busy.AadObjectId), null, now - TimeSpan.FromMinutes(1));

        var report = await _rig.DeliverAsync(_rig.NewInstance(), _teams.ServiceUrl, [crashed, busy, free]);

        Assert.Equal((1, 0, 1), (_teams.CardsTo(crashed.UserId), _teams.CardsTo(busy.UserId), _teams.CardsTo(free.UserId)));
        Assert.Equal((2, 1), (report.Sent, report.ClaimedElsewhere));
        Assert.Equal((SendStatus.Sent, 2), ((await _rig.RecordOf(crashed)).Status, (await _rig.RecordOf(crashed)).Attempts));
        Assert.Equal(SendStatus.Sending, (await _rig.RecordOf(busy)).Status);
    }
}
