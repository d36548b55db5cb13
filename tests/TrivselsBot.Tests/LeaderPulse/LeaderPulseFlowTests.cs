using System.Text.Json.Nodes;
using TrivselsBot.CheckIns;
using TrivselsBot.LeaderPulse;
using TrivselsBot.Privacy;
using TrivselsBot.Setup;
using TrivselsBot.Summaries;
using TrivselsBot.Testing;
using TrivselsBot.Tests.Organisation;

namespace TrivselsBot.Tests.LeaderPulse;

/// <summary>
/// The leaders' own pulse through the real bot on Azurite: two teams in a tenant of their own, led by three leaders
/// (one leads both); k = 3 for the tenant. Week 47's runs send the leader card, leaders answer, week 48's run closes it,
/// and MED sees the leader group's figures in the organisation overview only when at least k leaders answered.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class LeaderPulseFlowTests(AzuriteServer azurite)
{
    private const string MedMember = "aad-med-member";
    private const string LeaderCardTitle = "Din egen trivsel som leder";
    private readonly string _tenant = "tenant-" + Guid.NewGuid().ToString("N");
    private readonly string _tablePrefix = BotUnderTest.NewTablePrefix();

    private static DateTimeOffset TuesdayOfWeek(int week) => new DateTimeOffset(2026, 11, 17, 10, 0, 0, TimeSpan.FromHours(1)).AddDays(7 * (week - 47));

    [Theory]
    [InlineData(3, true)]
    [InlineData(2, false)]
    public async Task Each_leader_gets_one_card_a_week_and_the_group_is_shown_to_MED_only_when_k_leaders_answered(int answering, bool shown)
    {
        await using var connector = await RecordingConnector.StartAsync();
        connector.AddMembers(6, prefix: Guid.NewGuid().ToString("N")[..8]);
        TeamSetup[] teams = [Setup(connector, "Bostedet Engly", 0, 1), Setup(connector, "Team Nord", 1, 2)];

        await using (var week47 = await StartAsync(TuesdayOfWeek(47)))
        {
            foreach (var team in teams)
            {
                await week47.Service<TeamSetupStore>().SaveAsync(team, default);
                await week47.Service<IPulseRunner>().RunAsync(team.Team, TuesdayOfWeek(47), default);
            }
            var leaderCards = connector.ActivitiesSent().Where(c => c.CardText.Contains(LeaderCardTitle, StringComparison.Ordinal)).ToList();
            Assert.Equal(3, leaderCards.Count);
            Assert.DoesNotContain(leaderCards, c => c.CardText.Contains("Kommentar", StringComparison.Ordinal));
            await AnswerAsync(week47, connector, leaderCards, answering);
            Assert.Equal(answering, (await week47.Service<AnswerStore>().RespondentsAsync(LeaderGroup.Of(_tenant), new PulsePeriod(2026, 47), default)).Count);
        }

        await using var week48 = await StartAsync(TuesdayOfWeek(48));
        await week48.Service<IPulseRunner>().RunAsync(teams[0].Team, TuesdayOfWeek(48), default); // closes the leader group's week 47
        connector.Calls.Clear();
        await week48.PostActivityAsync(OrganisationSummaryCommandTests.InTenant(_tenant,
            TeamsActivities.Message(connector.ServiceUrl, "resumé organisation", userId: "29:med", aadObjectId: MedMember)));

        var overview = (await connector.WaitForActivitiesAsync(2))[0].CardText;
        var lines = overview.Split('\n');
        var respondents = lines[Array.IndexOf(lines, "Ledere, der svarede") + 1];
        Assert.Equal(shown ? "3" : "for få svar", respondents);
        Assert.Equal(shown ? "75" : "for få svar", lines[Array.IndexOf(lines, LeaderPulseSamples.Shipped.All[1].Da) + 1]);
        var aggregate = Assert.Single(await week48.Service<AggregateStore>().GetRangeAsync(LeaderGroup.Of(_tenant), new PulsePeriod(2026, 47), new PulsePeriod(2026, 47), default));
        Assert.Equal((answering, 3, 3), (aggregate.Respondents, aggregate.RosterSize, aggregate.MinimumGroupSizeAtClose));
    }

    [Fact]
    public async Task A_leader_who_paused_gets_no_leader_card_and_the_other_leaders_still_do()
    {
        await using var connector = await RecordingConnector.StartAsync();
        connector.AddMembers(6, prefix: Guid.NewGuid().ToString("N")[..8]);
        var team = Setup(connector, "Bostedet Engly", 0, 1);
        await using var bot = await StartAsync(TuesdayOfWeek(47));
        await bot.Service<TeamSetupStore>().SaveAsync(team, default);
        await bot.PostActivityAsync(OrganisationSummaryCommandTests.InTenant(_tenant,
            TeamsActivities.Message(connector.ServiceUrl, "pause", "a:0", userId: connector.Members[0]["id"]!.GetValue<string>(), aadObjectId: Aad(connector, 0))));

        await bot.Service<IPulseRunner>().RunAsync(team.Team, TuesdayOfWeek(47), default);

        var signer = bot.Service<PulseTicketSigner>();
        var leaderCards = connector.ActivitiesSent().Where(c => c.CardText.Contains(LeaderCardTitle, StringComparison.Ordinal))
            .Select(c => signer.TryVerify(c.Card!["actions"]![0]!["data"]!["ticket"]!.GetValue<string>(), out var t) ? t.RecipientPseudonym : "")
            .ToList();
        Assert.Equal([bot.Service<MemberPseudonym>().For(Aad(connector, 1))], leaderCards);
    }

    [Theory]
    [InlineData(5, 5, 3, 3)] // lowered between the cards going out and the week's close
    [InlineData(5, 3, 3, 3)] // lowered between two teams' runs in the same week
    [InlineData(5, 5, 5, 3)] // lowered after the week closed
    public async Task Three_leaders_answering_under_k_5_stay_hidden_when_k_is_lowered_to_3(int kFirstRun, int kSecondRun, int kAtClose, int kViewing)
    {
        await using var connector = await RecordingConnector.StartAsync();
        connector.AddMembers(6, prefix: Guid.NewGuid().ToString("N")[..8]);
        TeamSetup[] teams = [Setup(connector, "Bostedet Engly", 0, 1), Setup(connector, "Team Nord", 1, 2)];
        await using (var first = await StartAsync(TuesdayOfWeek(47), kFirstRun))
        {
            await first.Service<TeamSetupStore>().SaveAsync(teams[0], default);
            await first.Service<IPulseRunner>().RunAsync(teams[0].Team, TuesdayOfWeek(47), default);
        }
        await using (var second = await StartAsync(TuesdayOfWeek(47), kSecondRun))
        {
            await second.Service<TeamSetupStore>().SaveAsync(teams[1], default);
            await second.Service<IPulseRunner>().RunAsync(teams[1].Team, TuesdayOfWeek(47), default);
            var leaderCards = connector.ActivitiesSent().Where(c => c.CardText.Contains(LeaderCardTitle, StringComparison.Ordinal)).ToList();
            Assert.Equal(3, leaderCards.Count);
            Assert.All(leaderCards, c => Assert.Contains($"mindst {kFirstRun} ledere", c.CardText, StringComparison.Ordinal));
            connector.Calls.Clear();
            await AnswerAsync(second, connector, leaderCards, answering: 3);
            // The third leader's receipt would tell them the other two answered, had it gone by the lowered k.
            var receipts = connector.ActivitiesSent().Where(c => c.Method == "PUT").ToList();
            Assert.Equal(3, receipts.Count);
            Assert.All(receipts, r => Assert.Contains("vises, når mindst 5 har svaret", r.CardText, StringComparison.Ordinal));
        }
        await using (var closing = await StartAsync(TuesdayOfWeek(48), kAtClose))
        {
            await closing.Service<IPulseRunner>().RunAsync(teams[0].Team, TuesdayOfWeek(48), default);
        }

        await using var viewing = await StartAsync(TuesdayOfWeek(48), kViewing);
        connector.Calls.Clear();
        await viewing.PostActivityAsync(OrganisationSummaryCommandTests.InTenant(_tenant,
            TeamsActivities.Message(connector.ServiceUrl, "resumé organisation", userId: "29:med", aadObjectId: MedMember)));

        var lines = (await connector.WaitForActivitiesAsync(2))[0].CardText.Split('\n');
        Assert.Equal("for få svar", lines[Array.IndexOf(lines, "Ledere, der svarede") + 1]);
        Assert.Equal("for få svar", lines[Array.IndexOf(lines, LeaderPulseSamples.Shipped.All[1].Da) + 1]);
        var aggregate = Assert.Single(await viewing.Service<AggregateStore>().GetRangeAsync(LeaderGroup.Of(_tenant), new PulsePeriod(2026, 47), new PulsePeriod(2026, 47), default));
        Assert.Equal((3, 5), (aggregate.Respondents, aggregate.MinimumGroupSizeAtClose));
    }

    private Task<BotUnderTest> StartAsync(DateTimeOffset at, int k = 3) => BotUnderTest.StartAsync(azurite.ConnectionString, new Dictionary<string, string?>
    {
        [BotUnderTest.TablePrefixSetting] = _tablePrefix,
        ["Privacy:MinimumGroupSize"] = k.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Administration:OrganisationRoles:0:TenantId"] = _tenant,
        ["Administration:OrganisationRoles:0:AadObjectId"] = MedMember,
        ["Administration:OrganisationRoles:0:Role"] = "MED",
    }, time: new ShiftedClock(at));

    private TeamSetup Setup(RecordingConnector connector, string name, params int[] leaders) => new()
    {
        Team = new TeamRef(_tenant, $"19:{Guid.NewGuid():N}@thread.tacv2"),
        ServiceUrl = connector.ServiceUrl,
        BotId = TeamsActivities.BotId,
        Leaders = [.. leaders.Select(i => new TeamLeader(Aad(connector, i), $"Leder {i}"))],
        Name = name,
    };

    /// <summary>The first <paramref name="answering"/> leaders (by roster order) send their card with every answer "4".</summary>
    private static async Task AnswerAsync(BotUnderTest bot, RecordingConnector connector, IReadOnlyList<RecordedCall> cards, int answering)
    {
        var signer = bot.Service<PulseTicketSigner>();
        var pseudonyms = bot.Service<MemberPseudonym>();
        foreach (var card in cards.Select(c => c.Card!))
        {
            var ticket = card["actions"]![0]!["data"]!["ticket"]!.GetValue<string>();
            Assert.True(signer.TryVerify(ticket, out var verified));
            var member = Enumerable.Range(0, connector.Members.Count).Single(i => pseudonyms.For(Aad(connector, i)) == verified.RecipientPseudonym);
            if (member >= answering) continue;
            var value = new JsonObject { ["action"] = PulseSubmission.ActionName, ["ticket"] = ticket };
            foreach (var id in verified.QuestionIds) value[PulseSubmission.QuestionInputId(id)] = "4";
            await bot.PostActivityAsync(TeamsActivities.Submit(connector.ServiceUrl, value, "card", "a:" + member, connector.Members[member]["id"]!.GetValue<string>(), Aad(connector, member)));
        }
    }

    private static string Aad(RecordingConnector c, int i) => c.Members[i]["aadObjectId"]!.GetValue<string>();
}
