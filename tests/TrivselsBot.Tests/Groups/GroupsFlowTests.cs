using System.Text.Json.Nodes;
using TrivselsBot.CheckIns;
using TrivselsBot.Groups;
using TrivselsBot.Privacy;
using TrivselsBot.Setup;
using Azure.Data.Tables;
using TrivselsBot.Storage;
using TrivselsBot.Testing;

namespace TrivselsBot.Tests.Groups;

/// <summary>
/// Groups through the real bot on Azurite: 16 members, "Hus A" (members 0-5) and "Hus B" (6-10), members 11-15 in no
/// group (as many as k, so an untagged answer points at none of them), k = 5. The leader's summary is followed by the groups card, built from the week's answers tagged by their tickets.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class GroupsFlowTests(AzuriteServer azurite)
{
    private readonly Dictionary<string, string?> _tables = BotUnderTest.SharedTables();

    private static DateTimeOffset TuesdayOfWeek(int week) => new DateTimeOffset(2026, 11, 17, 10, 0, 0, TimeSpan.FromHours(1)).AddDays(7 * (week - 47));

    [Fact]
    public async Task The_leader_sees_a_group_with_k_answers_and_too_few_for_the_other_and_answers_carry_only_the_group_name()
    {
        var (connector, team) = await TeamAsync();
        await using var _ = connector;
        // A: 6 answer; B: 4 answer; members 11-15 answer: team 15, the remainder after A is 9, so A may be shown.
        await WeekAsync(connector, team, week: 47, answering: m => m != 10);

        var cards = await SummaryCardsAsync(connector, team, closingWeek: 48);

        var groups = Assert.Single(cards, c => c.Contains("Grupperne i uge 47", StringComparison.Ordinal));
        Assert.Contains("Hus A", groups, StringComparison.Ordinal);
        Assert.Contains("6 svar", groups, StringComparison.Ordinal);
        Assert.Contains("Hus B\nfor få svar", groups, StringComparison.Ordinal);

        var stored = new List<TableEntity>();
        var answers = PrefixedTableService.FromConnectionString(azurite.ConnectionString, _tables[BotUnderTest.TablePrefixSetting]).GetTableClient(AnswerStore.AnswersTable);
        await foreach (var row in answers.QueryEntitiesAsync(TableFilter.Equal("PartitionKey", AnswerStore.Partition(team, new PulsePeriod(2026, 47))))) stored.Add(row);
        Assert.Equal(15, stored.Count);
        Assert.Equal(["", "Hus A", "Hus B"], stored.Select(r => r.GetString("Group")!).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_group_that_could_be_worked_out_as_the_team_minus_the_other_is_hidden_too()
    {
        var (connector, team) = await TeamAsync();
        await using var _ = connector;
        // A: 6, B: 4, members 11-15 silent: team 10 − A 6 = B's 4. Both must read "for få svar".
        await WeekAsync(connector, team, week: 47, answering: m => m < 10);

        var cards = await SummaryCardsAsync(connector, team, closingWeek: 48);

        var groups = Assert.Single(cards, c => c.Contains("Grupperne i uge 47", StringComparison.Ordinal));
        Assert.DoesNotContain("6 svar", groups, StringComparison.Ordinal);
        Assert.Contains("Hus A\nfor få svar", groups, StringComparison.Ordinal);
        Assert.Contains("Hus B\nfor få svar", groups, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reminder_card_counts_its_answer_in_the_same_group_as_the_first_card()
    {
        var (connector, team) = await TeamAsync();
        await using var _ = connector;
        await WeekAsync(connector, team, week: 47, answering: m => m != 10);
        await using var bot = await BotUnderTest.StartAsync(azurite.ConnectionString, _tables, time: new ShiftedClock(TuesdayOfWeek(47).AddDays(1)));
        var before = connector.ActivitiesSent().Count;

        await bot.Service<IReminderRunner>().RunAsync(team, new PulsePeriod(2026, 47), default);

        var ticket = Assert.Single(connector.ActivitiesSent().Skip(before).Select(c => c.Card?["actions"]?[0]?["data"]?["ticket"]?.GetValue<string>()).OfType<string>());
        Assert.True(bot.Service<PulseTicketSigner>().TryVerify(ticket, out var verified));
        Assert.Equal("Hus B", verified.Group);
    }

    [Fact]
    public async Task Only_who_may_change_the_setup_may_save_groups()
    {
        var (connector, team) = await TeamAsync();
        await using var _ = connector;
        await using var bot = await BotUnderTest.StartAsync(azurite.ConnectionString, _tables);

        var value = new JsonObject { ["action"] = GroupsCard.Action, ["group1_name"] = "Kun mig", ["group1_members"] = string.Join(',', Enumerable.Range(0, 16).Select(i => Aad(connector, i))) };

        await bot.PostActivityAsync(TeamsActivities.Submit(connector.ServiceUrl, value, "groups-card", team.ConversationId, Id(connector, 3), Aad(connector, 3), "groupChat"));

        Assert.Contains("Kun teamets leder", connector.ActivitiesSent()[^1].Text, StringComparison.Ordinal);
        Assert.Equal(["Hus A", "Hus B"], (await bot.Service<TeamSetupStore>().GetAsync(team, default))!.Groups.Select(g => g.Name));
    }

    private async Task<(RecordingConnector, TeamRef)> TeamAsync()
    {
        var connector = await RecordingConnector.StartAsync();
        connector.AddMembers(16, prefix: Guid.NewGuid().ToString("N")[..8]);
        var team = new TeamRef(TeamsActivities.TenantId, $"19:{Guid.NewGuid():N}@thread.v2");
        await using var bot = await BotUnderTest.StartAsync(azurite.ConnectionString, _tables, time: new ShiftedClock(TuesdayOfWeek(47).AddHours(-2)));
        await bot.PostActivityAsync(TeamsActivities.Submit(connector.ServiceUrl, new JsonObject
        {
            ["action"] = "setup.save", ["leaders"] = Aad(connector, 0), ["day"] = "2", ["time"] = "09:00",
            ["reminder"] = "2", ["questions"] = "4", ["language"] = "da", ["k"] = "5", ["summary"] = "no",
        }, "setup-card", team.ConversationId, Id(connector, 0), Aad(connector, 0), "groupChat"));
        await bot.PostActivityAsync(TeamsActivities.Submit(connector.ServiceUrl, GroupsValue(connector), "groups-card", team.ConversationId, Id(connector, 0), Aad(connector, 0), "groupChat"));
        Assert.Equal(2, (await bot.Service<TeamSetupStore>().GetAsync(team, default))!.Groups.Count);
        return (connector, team);
    }

    private static JsonObject GroupsValue(RecordingConnector connector) => new()
    {
        ["action"] = GroupsCard.Action,
        ["group1_name"] = "Hus A",
        ["group1_members"] = string.Join(',', Enumerable.Range(0, 6).Select(i => Aad(connector, i))),
        ["group2_name"] = "Hus B",
        ["group2_members"] = string.Join(',', Enumerable.Range(6, 5).Select(i => Aad(connector, i))),
    };

    private async Task<List<string>> SummaryCardsAsync(RecordingConnector connector, TeamRef team, int closingWeek)
    {
        await using var bot = await BotUnderTest.StartAsync(azurite.ConnectionString, _tables, time: new ShiftedClock(TuesdayOfWeek(closingWeek)));
        await bot.Service<IPulseRunner>().RunAsync(team, TuesdayOfWeek(closingWeek), default);
        connector.Calls.Clear();
        await bot.PostActivityAsync(TeamsActivities.Message(connector.ServiceUrl, "resumé", "a:leader", userId: Id(connector, 0), aadObjectId: Aad(connector, 0)));
        return [.. connector.ActivitiesSent().Select(c => c.CardText)];
    }

    private static string Id(RecordingConnector c, int i) => c.Members[i]["id"]!.GetValue<string>();
    private static string Aad(RecordingConnector c, int i) => c.Members[i]["aadObjectId"]!.GetValue<string>();

    private async Task WeekAsync(RecordingConnector connector, TeamRef team, int week, Func<int, bool> answering)
    {
        await using var bot = await BotUnderTest.StartAsync(azurite.ConnectionString, _tables, time: new ShiftedClock(TuesdayOfWeek(week)));
        var before = connector.ActivitiesSent().Count;
        await bot.Service<IPulseRunner>().RunAsync(team, TuesdayOfWeek(week), default);

        var signer = bot.Service<PulseTicketSigner>();
        var pseudonyms = bot.Service<MemberPseudonym>();
        foreach (var card in connector.ActivitiesSent().Skip(before).Select(c => c.Card).OfType<JsonObject>().Where(c => c["actions"] is not null))
        {
            var ticket = card["actions"]![0]!["data"]!["ticket"]!.GetValue<string>();
            Assert.True(signer.TryVerify(ticket, out var verified));
            if (verified.TeamKey != team.Key) continue; // the leaders' own pulse
            var member = Enumerable.Range(0, 16).Single(i => pseudonyms.For(Aad(connector, i)) == verified.RecipientPseudonym);
            Assert.Equal(member switch { < 6 => "Hus A", < 11 => "Hus B", _ => null }, verified.Group);
            if (!answering(member)) continue;
            var value = new JsonObject { ["action"] = PulseSubmission.ActionName, ["ticket"] = ticket };
            foreach (var id in verified.QuestionIds) value[PulseSubmission.QuestionInputId(id)] = "4";
            await bot.PostActivityAsync(TeamsActivities.Submit(connector.ServiceUrl, value, "card", "a:" + member, Id(connector, member), Aad(connector, member)));
        }
    }
}
