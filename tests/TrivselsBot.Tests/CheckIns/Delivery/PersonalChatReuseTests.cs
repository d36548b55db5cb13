using TrivselsBot.Testing;

namespace TrivselsBot.Tests.CheckIns.Delivery;

[Collection(AzuriteCollection.Name)]
public sealed class PersonalChatReuseTests(AzuriteServer azurite) : IAsyncLifetime
{
    private RecordingConnector _recorder = null!;
    private DeliveryRig _rig = null!;

    public async Task InitializeAsync()
    {
        _recorder = await RecordingConnector.StartAsync();
        _rig = await DeliveryRig.CreateAsync(azurite);
    }

    public async Task DisposeAsync() => await _recorder.DisposeAsync();

    [Fact]
    public async Task A_first_card_creates_the_personal_chat_as_documented_then_sends_to_it()
    {
        var member = _rig.Members(1)[0];

        await _rig.DeliverAsync(_rig.NewInstance(), _recorder.ServiceUrl, [member]);

        var calls = _recorder.Calls.ToList();
        Assert.Equal(2, calls.Count);
        var create = calls[0];
        Assert.Equal(("POST", "/v3/conversations"), (create.Method, create.Path));
        Assert.Equal(TeamsActivities.BotId, create.Body!["bot"]!["id"]!.GetValue<string>());
        Assert.Equal(member.UserId, Assert.Single(create.Body["members"]!.AsArray())!["id"]!.GetValue<string>());
        Assert.Equal(_rig.Team.TenantId, create.Body["tenantId"]!.GetValue<string>());
        Assert.False(create.Body["isGroup"]!.GetValue<bool>());
        Assert.Equal(_rig.Team.TenantId, create.Body["channelData"]!["tenant"]!["id"]!.GetValue<string>());
        Assert.Equal("/v3/conversations/a%3Acreated-1/activities", calls[1].Path);
        Assert.Equal("Ugens puls til " + member.UserId, calls[1].Text);
    }

    [Fact]
    public async Task Later_weeks_reach_each_member_with_one_request_through_the_remembered_chat()
    {
        var members = _rig.Members(6);
        await _rig.DeliverAsync(_rig.NewInstance(), _recorder.ServiceUrl, members);
        var firstWeekChats = _recorder.ActivitiesSent().Select(c => c.Path).ToHashSet();
        _recorder.Calls.Clear();

        await _rig.DeliverAsync(_rig.NewInstance(), _recorder.ServiceUrl, members, DeliveryRig.Week.Next);

        var calls = _recorder.Calls.ToList();
        Assert.Equal(6, calls.Count);
        Assert.All(calls, c => Assert.Contains(c.Path, firstWeekChats));
        Assert.Equal(members.Select(m => "Ugens puls til " + m.UserId).Order(), calls.Select(c => c.Text).Order());
    }
}
