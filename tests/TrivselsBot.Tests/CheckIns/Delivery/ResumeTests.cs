using TrivselsBot.CheckIns.Delivery;
using TrivselsBot.Testing;

namespace TrivselsBot.Tests.CheckIns.Delivery;

[Collection(AzuriteCollection.Name)]
public sealed class ResumeTests(AzuriteServer azurite) : DeliveryTestsBase(azurite)
{
    [Fact]
    public async Task A_run_stopped_midway_is_resumed_by_the_next_with_the_rest_and_nobody_gets_two_cards()
    {
        var members = Rig.Members(40);
        using var stop = new CancellationTokenSource();
        var first = Rig.DeliverAsync(Rig.NewInstance(DeliveryRig.Options(tenantRequestsPerSecond: 20)), Teams.ServiceUrl, members, ct: stop.Token);
        while (Teams.CardsPerUser.Count < 8) await Task.Delay(10);
        stop.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
        var sentBeforeTheStop = Teams.CardsPerUser.Count;

        var resumed = await Rig.DeliverAsync(Rig.NewInstance(), Teams.ServiceUrl, members);

        Assert.InRange(sentBeforeTheStop, 8, 39);
        Assert.All(members, m => Assert.Equal(1, Teams.CardsTo(m.UserId)));
        Assert.Equal((40 - sentBeforeTheStop, sentBeforeTheStop, 0), (resumed.Sent, resumed.SkippedAlreadyDone, resumed.ClaimedElsewhere));
    }

    [Fact]
    public async Task Two_instances_fanning_out_the_same_pulse_at_once_send_each_member_exactly_one_card()
    {
        var members = Rig.Members(40);

        var reports = await Task.WhenAll(
            Rig.DeliverAsync(Rig.NewInstance(), Teams.ServiceUrl, members),
            Rig.DeliverAsync(Rig.NewInstance(), Teams.ServiceUrl, members));

        Assert.All(members, m => Assert.Equal(1, Teams.CardsTo(m.UserId)));
        Assert.Equal(40, reports.Sum(r => r.Sent));
        Assert.Equal(40, reports.Sum(r => r.ClaimedElsewhere + r.SkippedAlreadyDone));
    }

    [Fact]
    public async Task A_claim_left_by_a_crashed_instance_is_taken_over_once_stale_but_a_fresh_claim_is_left_to_its_holder()
    {
        var (crashed, busy, free) = (Rig.Members(3)[0], Rig.Members(3)[1], Rig.Members(3)[2]);
        var partition = SendRecords.Partition(Rig.Team, DeliveryRig.Week, DeliveryKind.Pulse);
        var now = DateTimeOffset.UtcNow;
        await Rig.Sends.TryClaimAsync(partition, Rig.Pseudonyms.For(crashed.AadObjectId), null, now - TimeSpan.FromMinutes(11));
        await Rig.Sends.TryClaimAsync(partition, Rig.Pseudonyms.For(busy.AadObjectId), null, now - TimeSpan.FromMinutes(1));

        var report = await Rig.DeliverAsync(Rig.NewInstance(), Teams.ServiceUrl, [crashed, busy, free]);

        Assert.Equal((1, 0, 1), (Teams.CardsTo(crashed.UserId), Teams.CardsTo(busy.UserId), Teams.CardsTo(free.UserId)));
        Assert.Equal((2, 1), (report.Sent, report.ClaimedElsewhere));
        Assert.Equal((SendStatus.Sent, 2), ((await Rig.RecordOf(crashed)).Status, (await Rig.RecordOf(crashed)).Attempts));
        Assert.Equal(SendStatus.Sending, (await Rig.RecordOf(busy)).Status);
    }
}
