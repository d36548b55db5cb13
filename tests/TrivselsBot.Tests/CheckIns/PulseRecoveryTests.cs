using System.Text.Json.Nodes;
using TrivselsBot.CheckIns;
using TrivselsBot.CheckIns.Delivery;
using TrivselsBot.CheckIns.Questions;
using TrivselsBot.Privacy;
using TrivselsBot.Setup;
using Azure.Data.Tables;
using TrivselsBot.Storage;
using TrivselsBot.Testing;

namespace TrivselsBot.Tests.CheckIns;

/// <summary>An instance dies half-way through a week's pulse: the rest is sent, nobody is skipped, nobody gets two.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class PulseRecoveryTests(AzuriteServer azurite)
{
    private static readonly DateTimeOffset Tuesday = new(2026, 11, 24, 10, 0, 0, TimeSpan.FromHours(1));
    private static readonly PulsePeriod Week48 = PulsePeriod.Containing(Tuesday);

    [Fact]
    public async Task A_pulse_left_half_sent_by_a_dead_instance_is_finished_once_its_claims_go_stale()
    {
        await using var connector = await RecordingConnector.StartAsync();
        connector.AddMembers(4, prefix: Guid.NewGuid().ToString("N")[..8]);
        var team = new TeamRef(TeamsActivities.TenantId, $"19:{Guid.NewGuid():N}@thread.v2");
        string Aad(int i) => connector.Members[i]["aadObjectId"]!.GetValue<string>();

        var tables = BotUnderTest.SharedTables();
        await using (var restarted = await BotUnderTest.StartAsync(azurite.ConnectionString, tables, time: new ShiftedClock(Tuesday)))
        {
            await SetUpAsync(restarted, connector, team);
            await LeaveHalfSentPulseAsync(restarted, team, sending: [Aad(0), Aad(1)], sent: [Aad(2)]);

            await restarted.Service<IPulseRunner>().RunAsync(team, Tuesday, default);
            Assert.Empty(Cards(connector)); // a live-looking sender is left alone

            await restarted.Service<IPulseRunner>().RunAsync(team, Tuesday, default, recovering: true);
            Assert.Equal([3], Recipients(restarted, connector, team));
            Assert.False((await restarted.Service<PulseRuns>().GetAsync(team, Week48, default))!.Sent);
            var next = await restarted.Service<TrivselsBot.Scheduling.TeamSchedules>().NextPulseAsync(team, default);
            Assert.Equal(DayOfWeek.Monday, TrivselsBot.Scheduling.Copenhagen.LocalTime(next!.Value).DayOfWeek); // the weekly trigger survives the resume
        }

        await using var later = await BotUnderTest.StartAsync(azurite.ConnectionString, tables, time: new ShiftedClock(Tuesday.AddMinutes(12)));
        await later.Service<IPulseRunner>().RunAsync(team, Tuesday.AddMinutes(11), default);

        Assert.Equal([0, 1, 3], Recipients(later, connector, team).Order());
        Assert.True((await later.Service<PulseRuns>().GetAsync(team, Week48, default))!.Sent);
    }

    private static async Task SetUpAsync(BotUnderTest bot, RecordingConnector connector, TeamRef team)
    {
        var leader = connector.Members[0];
        await bot.PostActivityAsync(TeamsActivities.Submit(connector.ServiceUrl, new JsonObject
        {
            ["action"] = "setup.save", ["leaders"] = leader["aadObjectId"]!.GetValue<string>(), ["day"] = "1", ["time"] = "09:00",
            ["reminder"] = "2", ["questions"] = "3", ["language"] = "da", ["k"] = "3",
        }, "setup-card", team.ConversationId, leader["id"]!.GetValue<string>(), leader["aadObjectId"]!.GetValue<string>(), "groupChat"));
        connector.Calls.Clear();
    }

    /// <summary>What a sender that died leaves behind: the week's marker with a live lease, members claimed and one done.</summary>
    private static async Task LeaveHalfSentPulseAsync(BotUnderTest bot, TeamRef team, string[] sending, string[] sent)
    {
        var tables = bot.Service<PrefixedTableService>();
        var questions = QuestionRotation.Choose(bot.Service<QuestionBank>(), Week48, 3).Select(q => q.Id);
        await tables.GetTableClient(PulseRuns.TableName).UpsertEntityAsync(new TableEntity(team.Key, Week48.ToString())
        {
            ["QuestionIds"] = string.Join(',', questions), ["RosterSize"] = 4, ["Sent"] = false, ["LeaseUntil"] = Tuesday.AddMinutes(30),
        }, TableUpdateMode.Replace);
        var sends = tables.GetTableClient(SendRecords.TableName);
        var pseudonyms = bot.Service<MemberPseudonym>();
        foreach (var (aad, status) in sending.Select(a => (a, "Sending")).Concat(sent.Select(a => (a, "Sent"))))
        {
            await sends.UpsertEntityAsync(new TableEntity(SendRecords.Partition(team, Week48, DeliveryKind.Pulse), pseudonyms.For(aad))
            {
                ["Status"] = status, ["Attempts"] = 1, ["ClaimedAt"] = Tuesday,
            }, TableUpdateMode.Replace);
        }
    }

    private static List<JsonObject> Cards(RecordingConnector connector) =>
        connector.ActivitiesSent().Select(c => c.Card).OfType<JsonObject>().Where(c => c["actions"] is not null).ToList();

    /// <summary>Which members got the team's pulse card, by the pseudonym in its signed ticket; fails if anyone got two.</summary>
    private static List<int> Recipients(BotUnderTest bot, RecordingConnector connector, TeamRef team)
    {
        var pseudonyms = bot.Service<MemberPseudonym>();
        var byPseudonym = Enumerable.Range(0, connector.Members.Count)
            .ToDictionary(i => pseudonyms.For(connector.Members[i]["aadObjectId"]!.GetValue<string>()));
        var recipients = Cards(connector).Select(card =>
        {
            Assert.True(bot.Service<PulseTicketSigner>().TryVerify(card["actions"]![0]!["data"]!["ticket"]!.GetValue<string>(), out var ticket));
            return ticket;
        }).Where(ticket => ticket.TeamKey == team.Key).Select(ticket => byPseudonym[ticket.RecipientPseudonym]).ToList(); // not the leader's own leader pulse
        Assert.Equal(recipients.Count, recipients.Distinct().Count());
        return recipients;
    }
}
