using TrivselsBot.CheckIns;
using TrivselsBot.CheckIns.Delivery;
using TrivselsBot.Setup;
using Azure.Data.Tables;
using TrivselsBot.Storage;
using TrivselsBot.Testing;

namespace TrivselsBot.Tests.CheckIns.Delivery;

[Collection(AzuriteCollection.Name)]
public sealed class SendRecordsTests(AzuriteServer azurite) : IAsyncLifetime
{
    private DeliveryRig _rig = null!;
    private string _partition = "";

    public async Task InitializeAsync()
    {
        _rig = await DeliveryRig.CreateAsync(azurite);
        _partition = SendRecords.Partition(_rig.Team, DeliveryRig.Week, DeliveryKind.Pulse);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public void The_partition_is_a_valid_table_key_for_any_team_and_differs_per_period_and_kind()
    {
        var team = new TeamRef("tenant/1", "19:a/b\\c#d?e\u0001@thread.v2");

        var keys = new[]
        {
            SendRecords.Partition(team, new PulsePeriod(2026, 48), DeliveryKind.Pulse),
            SendRecords.Partition(team, new PulsePeriod(2026, 48), DeliveryKind.Reminder),
            SendRecords.Partition(team, new PulsePeriod(2026, 49), DeliveryKind.Pulse),
        };

        Assert.All(keys, key => Assert.True(TableKeys.IsValid(key), key));
        Assert.Equal(3, keys.Distinct().Count());
    }

    [Fact]
    public async Task Of_two_simultaneous_claims_on_a_new_member_exactly_one_wins()
    {
        var now = DateTimeOffset.UtcNow;

        var claims = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => _rig.Sends.TryClaimAsync(_partition, "member-a", null, now)));

        var winner = Assert.Single(claims, c => c is not null)!;
        Assert.Equal((SendStatus.Sending, 1), (winner.Status, winner.Attempts));
    }

    [Fact]
    public async Task Of_two_runs_retrying_the_same_failed_member_only_the_one_holding_the_current_row_wins()
    {
        var now = DateTimeOffset.UtcNow;
        var claim = (await _rig.Sends.TryClaimAsync(_partition, "member-b", null, now))!;
        await _rig.Sends.FinishAsync(claim, SendStatus.Failed, 1, "500");
        var failed = (await _rig.Sends.LoadAsync(_partition, default))["member-b"];

        var claims = await Task.WhenAll(_rig.Sends.TryClaimAsync(_partition, "member-b", failed, now), _rig.Sends.TryClaimAsync(_partition, "member-b", failed, now));

        Assert.Equal(2, Assert.Single(claims, c => c is not null)!.Attempts);
        Assert.False(await _rig.Sends.FinishAsync(claim, SendStatus.Sent, 1, null));
    }

    [Fact]
    public async Task Releasing_a_claim_puts_the_row_back_as_it_was()
    {
        var now = DateTimeOffset.UtcNow;
        var fresh = (await _rig.Sends.TryClaimAsync(_partition, "member-c", null, now))!;
        var earlier = (await _rig.Sends.TryClaimAsync(_partition, "member-d", null, now))!;
        await _rig.Sends.FinishAsync(earlier, SendStatus.Failed, 1, "502");
        var failed = (await _rig.Sends.LoadAsync(_partition, default))["member-d"];
        var retry = (await _rig.Sends.TryClaimAsync(_partition, "member-d", failed, now))!;

        await _rig.Sends.ReleaseAsync(fresh, previous: null);
        await _rig.Sends.ReleaseAsync(retry, failed);

        var rows = await _rig.Sends.LoadAsync(_partition, default);
        Assert.False(rows.ContainsKey("member-c"));
        Assert.Equal((SendStatus.Failed, 1, "502"), (rows["member-d"].Status, rows["member-d"].Attempts, rows["member-d"].ErrorCode));
    }
}
