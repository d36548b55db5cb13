using TrivselsBot.CheckIns.Delivery;
using TrivselsBot.Testing;

namespace TrivselsBot.Tests.CheckIns.Delivery;

[Collection(AzuriteCollection.Name)]
public sealed class FanOutTests(AzuriteServer azurite) : DeliveryTestsBase(azurite)
{
    [Fact]
    public async Task Every_member_gets_exactly_one_card_and_is_recorded_as_sent()
    {
        var members = Rig.Members(25);

        var report = await Rig.DeliverAsync(Rig.NewInstance(), Teams.ServiceUrl, members);

        Assert.All(members, m => Assert.Equal(1, Teams.CardsTo(m.UserId)));
        Assert.Equal((25, 0, 0, 0, 0), (report.Sent, report.SkippedAlreadyDone, report.Unreachable, report.Failed, report.ClaimedElsewhere));
        var record = await Rig.RecordOf(members[0]);
        Assert.Equal((SendStatus.Sent, 1, null), (record.Status, record.Attempts, record.ErrorCode));
    }

    [Fact]
    public async Task A_member_listed_twice_gets_one_card()
    {
        var member = Rig.Members(1)[0];

        var report = await Rig.DeliverAsync(Rig.NewInstance(), Teams.ServiceUrl, [member, member with { Name = "Same person" }]);

        Assert.Equal(1, Teams.CardsTo(member.UserId));
        Assert.Equal((1, 0), (report.Sent, report.ClaimedElsewhere));
    }

    [Fact]
    public async Task Running_again_for_the_same_period_sends_nothing()
    {
        var members = Rig.Members(10);
        await Rig.DeliverAsync(Rig.NewInstance(), Teams.ServiceUrl, members);
        var requestsAfterFirstRun = Teams.Requests.Count;

        var again = await Rig.DeliverAsync(Rig.NewInstance(), Teams.ServiceUrl, members);

        Assert.Equal(requestsAfterFirstRun, Teams.Requests.Count);
        Assert.Equal((0, 10), (again.Sent, again.SkippedAlreadyDone));
    }

    [Fact]
    public async Task The_reminder_is_delivered_apart_from_the_pulse_of_the_same_period()
    {
        var members = Rig.Members(5);
        await Rig.DeliverAsync(Rig.NewInstance(), Teams.ServiceUrl, members, kind: DeliveryKind.Pulse);

        var reminder = await Rig.DeliverAsync(Rig.NewInstance(), Teams.ServiceUrl, members, kind: DeliveryKind.Reminder);

        Assert.Equal(5, reminder.Sent);
        Assert.All(members, m => Assert.Equal(2, Teams.CardsTo(m.UserId)));
    }

    [Fact]
    public async Task Progress_counts_sent_unreachable_failed_and_the_rest_of_the_roster_as_pending()
    {
        var members = Rig.Members(5);
        var delivery = Rig.NewInstance();
        Assert.Equal(new FanOutProgress(0, 7, 0, 0, 0), await delivery.GetProgressAsync(Rig.Team, DeliveryRig.Week, DeliveryKind.Pulse, 7, default));
        Teams.Script(members[0].UserId, new ScriptedAnswer(403));
        Teams.Script(members[1].UserId, new ScriptedAnswer(500), new ScriptedAnswer(500), new ScriptedAnswer(500));

        await Rig.DeliverAsync(delivery, Teams.ServiceUrl, members);

        Assert.Equal(new FanOutProgress(3, 2, 1, 1, 0), await delivery.GetProgressAsync(Rig.Team, DeliveryRig.Week, DeliveryKind.Pulse, 7, default));
        var sentTo = await delivery.SentToAsync(Rig.Team, DeliveryRig.Week, DeliveryKind.Pulse, default);
        Assert.Equal(members.Skip(2).Select(m => Rig.Pseudonyms.For(m.AadObjectId)).Order(), sentTo.Order());
    }
}
