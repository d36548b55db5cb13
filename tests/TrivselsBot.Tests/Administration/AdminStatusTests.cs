using System.Text.Json.Nodes;
using TrivselsBot.Administration;
using TrivselsBot.CheckIns;
using TrivselsBot.Scheduling;
using TrivselsBot.Setup;
using TrivselsBot.Summaries;
using TrivselsBot.Testing;

namespace TrivselsBot.Tests.Administration;

/// <summary>"status" in a 1:1 chat, in a tenant of its own, on Tuesday of week 48 2026 (week 47 is closed).</summary>
[Collection(AzuriteCollection.Name)]
public sealed class AdminStatusTests(AzuriteServer azurite)
{
    private static readonly DateTimeOffset Tuesday = new(2026, 11, 24, 10, 0, 0, TimeSpan.FromHours(1));
    private static readonly PulsePeriod LastWeek = new(2026, 47);

    [Fact]
    public async Task An_admin_sees_each_team_with_its_next_pulse_and_last_weeks_rate_only_when_k_answered_plus_version_and_health()
    {
        var tenant = "tenant-" + Guid.NewGuid().ToString("N");
        await using var connector = await RecordingConnector.StartAsync();
        await using var bot = await BotUnderTest.StartAsync(azurite.ConnectionString,
            new Dictionary<string, string?> { ["Administration:Admins:0"] = "aad-admin" }, time: new ShiftedClock(Tuesday));
        await TeamAsync(bot, new TeamRef(tenant, "19:lyngly@thread.tacv2"), "Bostedet Lyngly", answered: 5, roster: 8);
        await TeamAsync(bot, new TeamRef(tenant, "19:engly@thread.tacv2"), "Bostedet Engly", answered: 4, roster: 8);

        await bot.PostActivityAsync(InTenant(TeamsActivities.Message(connector.ServiceUrl, "status", userId: "29:admin", aadObjectId: "aad-admin"), tenant));

        var card = Assert.Single(await connector.WaitForActivitiesAsync(1)).CardText;
        Assert.Contains("2 teams er sat op", card, StringComparison.Ordinal);
        Assert.Contains("Bostedet Lyngly", card, StringComparison.Ordinal);
        Assert.Contains("63 %", card, StringComparison.Ordinal); // 5 of 8
        Assert.Contains("for få svar til at vise", card, StringComparison.Ordinal); // Engly: 4 of 8, under k = 5
        Assert.DoesNotContain("50 %", card, StringComparison.Ordinal);
        Assert.Contains("2026-12-01 09:00", card, StringComparison.Ordinal); // next Tuesday
        Assert.Contains(BotTelemetry.Version, card, StringComparison.Ordinal);
        Assert.Contains("virker", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Anyone_else_asking_in_a_1_1_chat_is_told_status_belongs_in_a_team_as_before()
    {
        await using var connector = await RecordingConnector.StartAsync();
        await using var bot = await BotUnderTest.StartAsync(azurite.ConnectionString,
            new Dictionary<string, string?> { ["Administration:Admins:0"] = "aad-admin" });

        await bot.PostActivityAsync(TeamsActivities.Message(connector.ServiceUrl, "status", userId: "29:staff", aadObjectId: "aad-staff"));

        var reply = Assert.Single(await connector.WaitForActivitiesAsync(1));
        Assert.Null(reply.Card);
        Assert.Equal("Skriv **status** i teamets kanal eller i gruppechatten – så ved jeg, hvilket team det gælder.", reply.Text);
    }

    private static async Task TeamAsync(BotUnderTest bot, TeamRef team, string name, int answered, int roster)
    {
        var setup = new TeamSetup
        {
            Team = team, Name = name, ServiceUrl = "https://smba.example/", BotId = TeamsActivities.BotId,
            Leaders = [new TeamLeader("aad-leader", "Mette")], PulseDay = DayOfWeek.Tuesday, PulseTime = new TimeOnly(9, 0),
        };
        await bot.Service<TeamSetupStore>().SaveAsync(setup, default);
        await bot.Service<TeamSchedules>().SchedulePulseAsync(team, setup.PulseDay, setup.PulseTime, default);
        var scores = Enumerable.Range(0, answered).Select(_ => (IReadOnlyDictionary<string, int?>)new Dictionary<string, int?> { ["q1"] = 4 }).ToList();
        await bot.Service<AggregateStore>().RecomputeAsync(team, LastWeek, scores, roster, 5, default);
    }

    private static JsonObject InTenant(JsonObject activity, string tenant)
    {
        activity["conversation"]!["tenantId"] = tenant;
        activity["channelData"]!["tenant"]!["id"] = tenant;
        return activity;
    }
}
