using System.Text.Json.Nodes;
using TrivselsBot.CheckIns;
using TrivselsBot.Setup;
using TrivselsBot.Summaries;
using TrivselsBot.Testing;
using static TrivselsBot.Tests.Summaries.SampleHistory;

namespace TrivselsBot.Tests.Organisation;

/// <summary>
/// "resumé organisation" through the real bot on Azurite, in a tenant of its own with three teams in week 48: two with 6
/// answers, one with 4 under k = 5. MED sees every row under its team's k; a leader without a role is refused; all audited.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class OrganisationSummaryCommandTests(AzuriteServer azurite)
{
    private const string MedMember = "aad-med-member";
    private readonly string _tenant = "tenant-" + Guid.NewGuid().ToString("N");

    [Fact]
    public async Task An_organisation_role_sees_every_team_under_its_own_k_and_a_leader_without_one_is_refused()
    {
        await using var connector = await RecordingConnector.StartAsync();
        await using var bot = await StartAsync();
        await TeamAsync(bot, connector, "Bostedet Engly", answered: 6, k: 5);
        await TeamAsync(bot, connector, "Team Nord", answered: 6, k: 5);
        await TeamAsync(bot, connector, "Aflastningen", answered: 4, k: 5);

        await bot.PostActivityAsync(Message(connector, "resumé organisation", MedMember));
        await bot.PostActivityAsync(Message(connector, "summary organisation", "aad-team-leader"));

        var replies = await connector.WaitForActivitiesAsync(3);
        Assert.Contains("2 af 3 teams vises", replies[0].CardText, StringComparison.Ordinal);
        Assert.Contains("Sendt til MED fra TRIO", replies[0].CardText, StringComparison.Ordinal);
        var rows = replies[1].CardText.Split('\n');
        Assert.Equal("for få svar", rows[Array.IndexOf(rows, "Aflastningen") + 1]);
        Assert.Matches(@"^50 % svarede · trivsel \d+$", rows[Array.IndexOf(rows, "Team Nord") + 1]);
        Assert.Null(replies[2].Card);
        Assert.Contains("is for HR, MED and AMO only", replies[2].Text, StringComparison.Ordinal);

        var entries = await bot.Service<SummaryAudit>().LatestAsync(_tenant, 10, default);
        Assert.Contains(entries, e => e.Who == MedMember && e.KnownWhat == AuditWhat.OrganisationSummary && e.KnownOutcome == AuditOutcome.ShownAsRoles("MED", 2, 3));
        Assert.Contains(entries, e => e.Who == "aad-team-leader" && e.KnownWhat == AuditWhat.OrganisationSummary && e.KnownOutcome == AuditOutcome.RefusedNoOrganisationRole);
    }

    [Fact]
    public async Task A_week_closed_under_k_5_stays_too_few_after_the_team_lowers_k_to_4_for_the_leader_and_the_organisation()
    {
        await using var connector = await RecordingConnector.StartAsync();
        connector.AddMembers(6, prefix: Guid.NewGuid().ToString("N")[..8]);
        var leader = connector.Members[0]["aadObjectId"]!.GetValue<string>();
        await using var bot = await StartAsync();
        var setup = await TeamAsync(bot, connector, "Aflastningen", answered: 4, k: 5, leader: leader);
        await bot.Service<TeamSetupStore>().SaveAsync(setup with { MinimumGroupSize = 4 }, default);

        await bot.PostActivityAsync(Message(connector, "resumé", leader, userId: connector.Members[0]["id"]!.GetValue<string>()));
        await bot.PostActivityAsync(Message(connector, "resumé organisation", MedMember));

        var replies = await connector.WaitForActivitiesAsync(3);
        Assert.Contains("Svarprocent: for få svar", replies[0].CardText, StringComparison.Ordinal);
        Assert.DoesNotContain("4 af 6", replies[0].CardText, StringComparison.Ordinal);
        Assert.Contains("0 af 1 teams vises", replies[1].CardText, StringComparison.Ordinal);
        Assert.Contains("Aflastningen\nfor få svar", replies[2].CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Asked_in_a_channel_the_roll_up_is_not_posted_there()
    {
        await using var connector = await RecordingConnector.StartAsync();
        await using var bot = await StartAsync();

        var message = Message(connector, "<at>TrivselsBot</at> resumé organisation", MedMember);
        message["conversation"]!["conversationType"] = "channel";
        await bot.PostActivityAsync(message);

        var reply = Assert.Single(await connector.WaitForActivitiesAsync(1));
        Assert.Null(reply.Card);
        Assert.Contains("privat chat", reply.Text, StringComparison.Ordinal);
    }

    private Task<BotUnderTest> StartAsync() => BotUnderTest.StartAsync(azurite.ConnectionString, new Dictionary<string, string?>
    {
        ["Administration:OrganisationRoles:0:TenantId"] = _tenant,
        ["Administration:OrganisationRoles:0:AadObjectId"] = MedMember,
        ["Administration:OrganisationRoles:0:Role"] = "MED",
        ["Administration:OrganisationRoles:1:TenantId"] = "another-tenant",
        ["Administration:OrganisationRoles:1:AadObjectId"] = "aad-team-leader",
        ["Administration:OrganisationRoles:1:Role"] = "HR",
    }, time: new ShiftedClock(Now));

    /// <summary>A team of 12 in this test's tenant whose week 48 closed with <paramref name="answered"/> answers under <paramref name="k"/>.</summary>
    private async Task<TeamSetup> TeamAsync(BotUnderTest bot, RecordingConnector connector, string name, int answered, int k, string leader = "aad-team-leader")
    {
        var setup = new TeamSetup
        {
            Team = new TeamRef(_tenant, $"19:{Guid.NewGuid():N}@thread.tacv2"),
            ServiceUrl = connector.ServiceUrl,
            BotId = "28:trivselsbot",
            Leaders = [new TeamLeader(leader, "Mette")],
            Name = name,
            MinimumGroupSize = k,
        };
        await bot.Service<TeamSetupStore>().SaveAsync(setup, default);
        Assert.NotNull(await bot.Service<AggregateStore>().RecomputeAsync(setup.Team, LastWeek, Answers(LastWeek, answered), rosterSize: connector.Members.Count is 0 ? Roster : connector.Members.Count, k, default));
        return setup;
    }

    private JsonObject Message(RecordingConnector connector, string text, string aadObjectId, string userId = "29:someone") =>
        InTenant(_tenant, TeamsActivities.Message(connector.ServiceUrl, text, userId: userId, aadObjectId: aadObjectId,
            locale: text.StartsWith("summary", StringComparison.Ordinal) ? "en-US" : "da-DK"));

    /// <summary>The activity as Teams sends it from another tenant.</summary>
    internal static JsonObject InTenant(string tenant, JsonObject activity)
    {
        activity["conversation"]!["tenantId"] = tenant;
        activity["channelData"]!["tenant"]!["id"] = tenant;
        return activity;
    }
}
