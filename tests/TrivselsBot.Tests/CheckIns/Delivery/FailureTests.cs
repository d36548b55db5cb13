using System.Diagnostics;
using TrivselsBot.CheckIns.Delivery;
using TrivselsBot.Testing;

namespace TrivselsBot.Tests.CheckIns.Delivery;

[Collection(AzuriteCollection.Name)]
public sealed class FailureTests(AzuriteServer azurite) : DeliveryTestsBase(azurite)
{
    [Fact]
    public async Task A_member_Teams_refuses_is_recorded_unreachable_and_never_tried_again()
    {
        var members = Rig.Members(5);
        var blocked = members[2];
        Teams.Script(blocked.UserId, new ScriptedAnswer(403));

        var first = await Rig.DeliverAsync(Rig.NewInstance(), Teams.ServiceUrl, members);
        var second = await Rig.DeliverAsync(Rig.NewInstance(), Teams.ServiceUrl, members);

        Assert.Equal((4, 1), (first.Sent, first.Unreachable));
        Assert.Single(Teams.Requests, r => r.UserId == blocked.UserId);
        Assert.Equal(0, Teams.CardsTo(blocked.UserId));
        Assert.Equal((0, 5), (second.Sent, second.SkippedAlreadyDone));
        Assert.Equal((SendStatus.Unreachable, "Scripted"), ((await Rig.RecordOf(blocked)).Status, (await Rig.RecordOf(blocked)).ErrorCode));
    }

    [Fact]
    public async Task A_throttled_request_waits_for_Retry_After_and_the_member_still_gets_exactly_one_card()
    {
        var members = Rig.Members(6);
        var throttled = members[0];
        Teams.Script(throttled.UserId, new ScriptedAnswer(429, RetryAfterSeconds: 1));

        var report = await Rig.DeliverAsync(Rig.NewInstance(), Teams.ServiceUrl, members);

        Assert.Equal(6, report.Sent);
        Assert.All(members, m => Assert.Equal(1, Teams.CardsTo(m.UserId)));
        Assert.Equal(1, Teams.Throttled);
        var (refused, repeated) = (Teams.Requests.First(r => r.Status == 429), Teams.Requests.First(r => r.UserId == throttled.UserId && r.Status == 200));
        Assert.True(Stopwatch.GetElapsedTime(refused.Timestamp, repeated.Timestamp) >= TimeSpan.FromMilliseconds(950));
        Assert.Equal(1, (await Rig.RecordOf(throttled)).Attempts);
    }

    [Fact]
    public async Task A_failing_member_is_retried_by_later_runs_until_the_attempts_are_used_up_and_then_stays_failed()
    {
        var member = Rig.Members(1)[0];
        Teams.Script(member.UserId, Enumerable.Repeat(new ScriptedAnswer(500), 10).ToArray());
        int RequestsFor() => Teams.Requests.Count(r => r.UserId == member.UserId);

        var first = await Rig.DeliverAsync(Rig.NewInstance(DeliveryRig.Options(maxAttempts: 1)), Teams.ServiceUrl, [member]);
        var afterFirst = RequestsFor();
        var second = await Rig.DeliverAsync(Rig.NewInstance(DeliveryRig.Options(maxAttempts: 3)), Teams.ServiceUrl, [member]);
        var afterSecond = RequestsFor();
        var third = await Rig.DeliverAsync(Rig.NewInstance(DeliveryRig.Options(maxAttempts: 3)), Teams.ServiceUrl, [member]);

        Assert.Equal((1, 3, 3), (afterFirst, afterSecond, RequestsFor()));
        Assert.Equal((1, 1, 1), (first.Failed, second.Failed, third.Failed));
        var record = await Rig.RecordOf(member);
        Assert.Equal((SendStatus.Failed, 3, "Scripted"), (record.Status, record.Attempts, record.ErrorCode));
    }

    [Fact]
    public async Task A_run_sends_nothing_more_on_a_claim_it_has_held_for_half_the_time_after_which_others_may_take_it_over()
    {
        var member = Rig.Members(1)[0];
        Teams.Script(member.UserId, new ScriptedAnswer(429, RetryAfterSeconds: 2));
        var options = DeliveryRig.Options();
        options.StaleClaimAfter = TimeSpan.FromSeconds(2);

        var report = await Rig.DeliverAsync(Rig.NewInstance(options), Teams.ServiceUrl, [member]);

        Assert.Equal(1, report.Failed);
        Assert.Single(Teams.Requests, r => r.UserId == member.UserId);
        Assert.Equal((SendStatus.Failed, "ClaimExpired"), ((await Rig.RecordOf(member)).Status, (await Rig.RecordOf(member)).ErrorCode));
    }

    [Fact]
    public async Task A_passing_failure_is_tried_again_within_the_run()
    {
        var member = Rig.Members(1)[0];
        Teams.Script(member.UserId, new ScriptedAnswer(502));

        var report = await Rig.DeliverAsync(Rig.NewInstance(), Teams.ServiceUrl, [member]);

        Assert.Equal(1, report.Sent);
        Assert.Equal(1, Teams.CardsTo(member.UserId));
        Assert.Equal((SendStatus.Sent, 2), ((await Rig.RecordOf(member)).Status, (await Rig.RecordOf(member)).Attempts));
    }

    [Fact]
    public async Task A_remembered_chat_Teams_no_longer_knows_is_forgotten_and_replaced_by_a_fresh_one()
    {
        var members = Rig.Members(4);
        await Rig.DeliverAsync(Rig.NewInstance(), Teams.ServiceUrl, members);
        Teams.ForgetConversations();
        Teams.ClearCounts();

        var report = await Rig.DeliverAsync(Rig.NewInstance(), Teams.ServiceUrl, members, DeliveryRig.Week.Next);

        Assert.Equal(4, report.Sent);
        Assert.All(members, m => Assert.Equal(1, Teams.CardsTo(m.UserId)));
        Assert.Equal(["create", "send"], Teams.Requests.Where(r => r.UserId == members[0].UserId).Select(r => r.Kind));
        Assert.Equal(4, Teams.Requests.Count(r => r is { Kind: "send", Status: 404 }));
        Assert.Equal((await Rig.Chats.GetAsync(Rig.Team.TenantId, members[0].AadObjectId, default))!.ConversationId, $"a:1on1-1-{members[0].UserId}");
    }
}
