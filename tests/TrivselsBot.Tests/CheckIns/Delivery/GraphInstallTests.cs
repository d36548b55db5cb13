using TrivselsBot.CheckIns.Delivery;
using TrivselsBot.Setup;
using TrivselsBot.Testing;
using TrivselsBot.Tests.Graph;

namespace TrivselsBot.Tests.CheckIns.Delivery;

/// <summary>Delivery with Graph enabled: Teams refuses to open a chat (403, the app is not installed for the member).</summary>
[Collection(AzuriteCollection.Name)]
public sealed class GraphInstallTests(AzuriteServer azurite) : DeliveryTestsBase(azurite)
{
    private async Task<FakeGraph> GraphOpeningChatsInTeamsFor(IReadOnlyList<TeamMember> members)
    {
        var graph = await FakeGraph.StartAsync();
        graph.Installed = (aadObjectId, chatId) => Teams.OpenChat(chatId, members.Single(m => m.AadObjectId == aadObjectId).UserId);
        return graph;
    }

    [Fact]
    public async Task A_member_Teams_opens_no_chat_with_gets_the_app_installed_through_Graph_and_the_pulse_in_its_chat()
    {
        var members = Rig.Members(3);
        var uninstalled = members[0];
        await using var graph = await GraphOpeningChatsInTeamsFor(members);
        Teams.Script(uninstalled.UserId, new ScriptedAnswer(403));
        using var installer = GraphRig.InstallerFor(graph);

        var report = await Rig.DeliverAsync(Rig.NewInstance(installer: installer), Teams.ServiceUrl, members);

        Assert.Equal((3, 0, 0), (report.Sent, report.NotInstalled, report.Unreachable));
        Assert.All(members, m => Assert.Equal(1, Teams.CardsTo(m.UserId)));
        Assert.Equal([("create", 403), ("send", 200)], Teams.Requests.Where(r => r.UserId == uninstalled.UserId).Select(r => (r.Kind, r.Status)));
        Assert.True(graph.IsInstalledFor(uninstalled.AadObjectId));
        Assert.All(members.Skip(1), m => Assert.Empty(graph.RequestsFor(m.AadObjectId)));
        Assert.Equal(graph.ChatIdOf(uninstalled.AadObjectId), (await Rig.Chats.GetAsync(Rig.Team.TenantId, uninstalled.AadObjectId, default))!.ConversationId);
    }

    [Fact]
    public async Task A_member_who_removed_the_app_gets_it_installed_again_instead_of_counting_as_unreachable()
    {
        var member = Rig.Members(1)[0];
        await using var graph = await GraphOpeningChatsInTeamsFor([member]);
        Teams.OpenChat("a:old-chat", member.UserId);
        await Rig.Chats.SaveAsync(Rig.Team.TenantId, member.AadObjectId, new PersonalChat("a:old-chat", Teams.ServiceUrl), default);
        Teams.Script(member.UserId, new ScriptedAnswer(403), new ScriptedAnswer(403)); // the remembered chat, then a new one
        using var installer = GraphRig.InstallerFor(graph);

        var report = await Rig.DeliverAsync(Rig.NewInstance(installer: installer), Teams.ServiceUrl, [member]);

        Assert.Equal((1, 0), (report.Sent, report.Unreachable));
        Assert.True(graph.IsInstalledFor(member.AadObjectId));
        Assert.Equal(1, Teams.CardsTo(member.UserId));
    }

    [Fact]
    public async Task A_member_Graph_cannot_install_the_app_for_is_counted_as_not_installed_shown_in_status_and_not_tried_again()
    {
        var members = Rig.Members(4);
        var refused = members[1];
        await using var graph = await GraphOpeningChatsInTeamsFor(members);
        Teams.Script(refused.UserId, new ScriptedAnswer(403));
        graph.Script(refused.AadObjectId, new ScriptedAnswer(403));
        using var installer = GraphRig.InstallerFor(graph);

        var first = await Rig.DeliverAsync(Rig.NewInstance(installer: installer), Teams.ServiceUrl, members);
        var second = await Rig.DeliverAsync(Rig.NewInstance(installer: installer), Teams.ServiceUrl, members);

        Assert.Equal((3, 1, 0, 0), (first.Sent, first.NotInstalled, first.Unreachable, first.Failed));
        Assert.Equal((0, 4, 0), (second.Sent, second.SkippedAlreadyDone, second.NotInstalled));
        Assert.Single(graph.RequestsFor(refused.AadObjectId));
        Assert.Single(Teams.Requests, r => r.UserId == refused.UserId);
        var record = await Rig.RecordOf(refused);
        Assert.Equal((SendStatus.NotInstalled, "Forbidden", 1), (record.Status, record.ErrorCode, record.Attempts));

        var progress = await Rig.NewInstance().GetProgressAsync(Rig.Team, DeliveryRig.Week, DeliveryKind.Pulse, members.Count, default);
        Assert.Equal(new FanOutProgress(3, 0, 0, 0, 1), progress);
        Assert.Equal("3 har fået det, 0 mangler, 0 kan ikke nås, 1 kunne ikke få appen installeret", StatusTexts.Danish.Progress(progress));
    }

    [Fact]
    public async Task A_Graph_failure_that_may_pass_is_tried_again_like_any_failed_send()
    {
        var members = Rig.Members(1);
        var member = members[0];
        await using var graph = await GraphOpeningChatsInTeamsFor(members);
        Teams.Script(member.UserId, new ScriptedAnswer(403), new ScriptedAnswer(403));
        graph.Script(member.AadObjectId, new ScriptedAnswer(503), new ScriptedAnswer(503));
        using var installer = GraphRig.InstallerFor(graph, o => o.MaxRetries = 1);

        var report = await Rig.DeliverAsync(Rig.NewInstance(installer: installer), Teams.ServiceUrl, members);

        Assert.Equal(1, report.Sent);
        Assert.Equal(1, Teams.CardsTo(member.UserId));
        Assert.Equal((SendStatus.Sent, 2), ((await Rig.RecordOf(member)).Status, (await Rig.RecordOf(member)).Attempts));
    }
}
