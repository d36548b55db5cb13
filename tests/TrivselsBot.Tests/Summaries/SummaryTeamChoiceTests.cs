using System.Text.Json.Nodes;
using TrivselsBot.Setup;
using TrivselsBot.Summaries;
using TrivselsBot.Testing;
using TrivselsBot.Trio;

namespace TrivselsBot.Tests.Summaries;

/// <summary>
/// "resumé" for someone who may see several teams, through the real bot on Azurite with a local Bot Connector: they
/// choose on a card or by naming the team, the choice is checked again on the server, and every request is audited
/// with names an admin can read. Finding the teams asks Teams for the rosters of the candidate teams only.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class SummaryTeamChoiceTests(AzuriteServer azurite) : IAsyncLifetime
{
    private readonly string _tenant = "tenant-" + Guid.NewGuid().ToString("N")[..8];
    private RecordingConnector _connector = null!;
    private BotUnderTest _bot = null!;
    private TeamRef _engly = null!;
    private TeamRef _nord = null!;
    private TeamRef _othersTeam = null!;

    private string Leader => Aad(0);

    public async Task InitializeAsync()
    {
        _connector = await RecordingConnector.StartAsync();
        _connector.AddMembers(4, prefix: Guid.NewGuid().ToString("N")[..8]);
        _bot = await BotUnderTest.StartAsync(azurite.ConnectionString, new Dictionary<string, string?> { ["Administration:Admins:0"] = "aad-admin" });
        _engly = await SetUpAsync("Bostedet Engly", Leader);
        _nord = await SetUpAsync("Team Nord", Leader);
        _othersTeam = await SetUpAsync("Bostedet Syd", Aad(1));
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task A_leader_of_two_teams_chooses_one_on_a_card_and_gets_only_that_teams_summary()
    {
        await SayAsync(0, "resumé");

        var choice = Assert.Single(_connector.ActivitiesSent()).Card!;
        var values = Choices(choice);
        Assert.Equal([_engly.ConversationId, _nord.ConversationId], values.Select(v => v.Value));
        Assert.Equal(["Bostedet Engly", "Team Nord"], values.Select(v => v.Title));
        Assert.DoesNotContain("Bostedet Syd", choice.ToJsonString(), StringComparison.Ordinal);

        _connector.Calls.Clear();
        await ChooseAsync(0, _nord.ConversationId);

        var summary = Assert.Single(_connector.ActivitiesSent()).CardText;
        Assert.Contains("Team Nord", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("Bostedet Engly", summary, StringComparison.Ordinal);
        var shown = Assert.Single(await AuditAsync(), e => e.Team == _nord.ConversationId);
        Assert.Equal((Leader, AuditOutcome.Shown, "Mette", "Team Nord"), (shown.Who, shown.KnownOutcome, shown.WhoName, shown.TeamName));
    }

    [Theory]
    [InlineData("nord", "Team Nord")]
    [InlineData("ENGLY", "Bostedet Engly")]
    public async Task Part_of_a_team_name_goes_straight_to_the_one_team_it_matches(string part, string team)
    {
        await SayAsync(0, "resumé " + part);

        var card = Assert.Single(_connector.ActivitiesSent()).Card!;
        Assert.Empty(Choices(card));
        Assert.Contains(team, card.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_name_matching_none_of_the_persons_teams_says_so_and_offers_the_choice()
    {
        await SayAsync(0, "resumé syd"); // another leader's team: not theirs to see

        var replies = _connector.ActivitiesSent();
        Assert.Equal(2, replies.Count);
        Assert.Contains("Ingen af dine teams har »syd« i navnet", replies[0].Text, StringComparison.Ordinal);
        Assert.Equal([_engly.ConversationId, _nord.ConversationId], Choices(replies[1].Card!).Select(c => c.Value));
    }

    [Theory]
    [InlineData("others")]
    [InlineData("19:forged@thread.v2")]
    [InlineData("")]
    public async Task A_forged_team_on_the_choice_card_gets_a_polite_no_and_is_audited(string forged)
    {
        var team = forged == "others" ? _othersTeam.ConversationId : forged;

        await ChooseAsync(0, team);

        var reply = Assert.Single(_connector.ActivitiesSent());
        Assert.Null(reply.Card);
        Assert.Contains("Resuméet for det team kan jeg ikke vise dig", reply.Text, StringComparison.Ordinal);
        var refused = Assert.Single(await AuditAsync(), e => e.Who == Leader);
        Assert.Equal(team.Length > 0 ? team : "-", refused.Team);
        Assert.Equal(AuditOutcome.RefusedNotAViewer, refused.KnownOutcome);
    }

    [Fact]
    public async Task Someone_who_may_see_no_team_is_refused_in_private_and_in_a_channel_and_both_are_audited()
    {
        await SayAsync(2, "resumé");
        await _bot.PostActivityAsync(InTenant(TeamsActivities.Message(_connector.ServiceUrl, "<at>TrivselsBot</at> resumé", _engly.ConversationId,
            userId: Id(2), conversationType: "channel", aadObjectId: Aad(2))));

        var replies = _connector.ActivitiesSent();
        Assert.Contains("kun for teamets leder", replies[0].Text, StringComparison.Ordinal);
        Assert.Contains("privat chat", replies[1].Text, StringComparison.Ordinal);
        var refusals = (await AuditAsync()).Where(e => e.Who == Aad(2)).ToList();
        Assert.Equal(2, refusals.Count);
        Assert.Contains(refusals, e => e.KnownOutcome == AuditOutcome.RefusedNotAViewer && e.Team == "-");
        Assert.Contains(refusals, e => e.KnownOutcome == AuditOutcome.RefusedOutsidePrivateChat && e.Team == _engly.ConversationId);
    }

    [Fact]
    public async Task A_trio_member_of_a_team_they_do_not_lead_has_it_among_their_choices()
    {
        await _bot.Service<TrioStore>().SaveSetupAsync(new TrioSetup
        {
            Team = _othersTeam, Members = [new TrioMember(Leader, Id(0), "Medarbejder 0", [TrioRole.TR])], FirstMeeting = new DateOnly(2026, 12, 8),
        }, default);

        await SayAsync(0, "resumé");

        Assert.Equal(["Bostedet Engly", "Bostedet Syd", "Team Nord"], Choices(Assert.Single(_connector.ActivitiesSent()).Card!).Select(c => c.Title));
    }

    [Fact]
    public async Task Finding_the_teams_asks_teams_for_the_rosters_of_the_candidate_teams_only()
    {
        for (var i = 0; i < 20; i++) await SetUpAsync($"Bofællesskab {i}", Aad(3));
        _connector.Calls.Clear();

        await SayAsync(0, "resumé");
        Assert.Equal(
            new[] { _engly.ConversationId, _nord.ConversationId }.Order(StringComparer.Ordinal),
            RosterReads().Order(StringComparer.Ordinal));

        _connector.Calls.Clear();
        await SayAsync(0, "resumé nord");
        Assert.Equal([_nord.ConversationId], RosterReads());
    }

    [Fact]
    public async Task The_audit_card_shows_who_and_which_team_by_name()
    {
        await SayAsync(0, "resumé nord");
        _connector.Calls.Clear();

        await _bot.PostActivityAsync(InTenant(TeamsActivities.Message(_connector.ServiceUrl, "audit", "a:admin", userId: "29:admin", aadObjectId: "aad-admin")));

        var card = Assert.Single(_connector.ActivitiesSent()).CardText;
        Assert.Contains("Mette · resumé · Team Nord · vist", card, StringComparison.Ordinal);
        Assert.DoesNotContain(Leader, card, StringComparison.Ordinal);
        Assert.DoesNotContain(_nord.ConversationId, card, StringComparison.Ordinal);
    }

    private async Task<TeamRef> SetUpAsync(string name, string leader)
    {
        var team = new TeamRef(_tenant, $"19:{Guid.NewGuid():N}@thread.v2");
        await _bot.Service<TeamSetupStore>().SaveAsync(new TeamSetup
        {
            Team = team, ServiceUrl = _connector.ServiceUrl, BotId = TeamsActivities.BotId, Name = name, Leaders = [new TeamLeader(leader, "Leder")],
        }, default);
        return team;
    }

    private List<string> RosterReads() =>
    [
        .. _connector.Calls.Where(c => c.Path.Contains("/pagedmembers", StringComparison.Ordinal))
            .Select(c => Uri.UnescapeDataString(c.Path.Split('/')[3])),
    ];

    private Task<IReadOnlyList<AuditEntry>> AuditAsync() => _bot.Service<SummaryAudit>().LatestAsync(_tenant, 100, default);

    private async Task SayAsync(int member, string text) =>
        (await _bot.PostActivityAsync(InTenant(TeamsActivities.Message(_connector.ServiceUrl, text, "a:personal-" + member, userId: Id(member), aadObjectId: Aad(member))))).EnsureSuccessStatusCode();

    private async Task ChooseAsync(int member, string team) =>
        (await _bot.PostActivityAsync(InTenant(TeamsActivities.Submit(_connector.ServiceUrl,
            new JsonObject { ["action"] = SummaryTeamChoiceCard.Action, [SummaryTeamChoiceCard.TeamInput] = team },
            "act-choice", "a:personal-" + member, Id(member), Aad(member))))).EnsureSuccessStatusCode();

    /// <summary>Each test in its own tenant, so the tenant's teams and audit are the test's alone.</summary>
    private JsonObject InTenant(JsonObject activity)
    {
        activity["conversation"]!["tenantId"] = _tenant;
        activity["channelData"]!["tenant"]!["id"] = _tenant;
        return activity;
    }

    private static List<(string Title, string Value)> Choices(JsonObject card) =>
    [
        .. card["body"]!.AsArray().Where(e => e?["type"]?.GetValue<string>() == "Input.ChoiceSet")
            .SelectMany(e => e!["choices"]!.AsArray())
            .Select(c => (c!["title"]!.GetValue<string>(), c["value"]!.GetValue<string>())),
    ];

    private string Id(int i) => _connector.Members[i]["id"]!.GetValue<string>();
    private string Aad(int i) => _connector.Members[i]["aadObjectId"]!.GetValue<string>();
}
