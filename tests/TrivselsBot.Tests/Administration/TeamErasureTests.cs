using System.Text.Json.Nodes;
using TrivselsBot.Administration;
using TrivselsBot.CheckIns;
using TrivselsBot.CheckIns.Delivery;
using TrivselsBot.Privacy;
using TrivselsBot.Scheduling;
using TrivselsBot.Setup;
using TrivselsBot.Storage;
using TrivselsBot.Summaries;
using Azure.Data.Tables;
using TrivselsBot.Testing;

namespace TrivselsBot.Tests.Administration;

/// <summary>
/// "slet data" through the real bot on Azurite: two teams with setups, pulses, answers, comments, aggregates,
/// conversations and audit entries; one is erased, and no row of any table still names it, while the other is whole.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class TeamErasureTests(AzuriteServer azurite)
{
    private static readonly DateTimeOffset Week47 = new(2026, 11, 17, 10, 0, 0, TimeSpan.FromHours(1));
    private static readonly PulsePeriod Closed = new(2026, 46);
    private static readonly PulsePeriod Open = new(2026, 47);

    [Fact]
    public void Every_table_says_how_it_holds_a_teams_data() =>
        Assert.Equal(BotTables.All.Order(StringComparer.Ordinal), TeamDataMap.Tables.Keys.Order(StringComparer.Ordinal));

    [Fact]
    public async Task An_owner_erases_the_team_and_no_table_holds_anything_of_it_while_the_other_team_keeps_all()
    {
        await using var connector = await RecordingConnector.StartAsync();
        connector.AddMembers(6, prefix: Guid.NewGuid().ToString("N")[..8]);
        connector.Members[0]["userRole"] = "owner";
        var erased = new TeamRef(TeamsActivities.TenantId, $"19:{Guid.NewGuid():N}@thread.tacv2");
        var kept = new TeamRef(TeamsActivities.TenantId, $"19:{Guid.NewGuid():N}@thread.tacv2");
        await using var bot = await BotUnderTest.StartAsync(azurite.ConnectionString, time: new ShiftedClock(Week47));
        await FillAsync(bot, connector, erased);
        await FillAsync(bot, connector, kept);
        await bot.PostActivityAsync(InTeam(TeamsActivities.Message(connector.ServiceUrl, "hjælp", $"19:{Guid.NewGuid():N}@thread.tacv2",
            userId: Id(connector, 1), conversationType: "channel", aadObjectId: Aad(connector, 1)), erased.ConversationId));
        var onlyInErased = await OnlyInTeamMemberAsync(bot, erased);
        var trioOwner = "aad-trio-owner-" + Guid.NewGuid().ToString("N");
        await bot.Service<TrivselsBot.Trio.TrioStore>().TryAddItemAsync(erased, new TrivselsBot.Trio.TrioItem
        {
            Id = "a-" + Guid.NewGuid().ToString("N"), Kind = TrivselsBot.Trio.TrioItemKind.Action, Text = "Ny vagtplan", Meeting = new DateOnly(2026, 11, 24),
            CreatedAt = Week47, OwnerAadObjectId = trioOwner, OwnerUserId = "29:trio-owner", OwnerName = "Ejer", Due = new DateOnly(2026, 12, 1),
        }, default);
        await bot.Service<PersonalChats>().SaveAsync(TeamsActivities.TenantId, trioOwner, new PersonalChat("a:trio-owner", "https://smba.example/"), default);
        Assert.True(await RowsNamingAsync(bot, erased) > 10);
        Assert.Equal(2, await RowsNamingAsync(bot, erased, TrivselsBot.Trio.TrioStore.IndexTableName)); // the TRIO's setup and its item sent to MED

        await ConfirmAsync(bot, connector, erased, SealFromCard(await AskAsync(bot, connector, erased, owner: 0)), owner: 0);

        Assert.Contains("Alle teamets data er slettet", connector.ActivitiesSent()[^1].CardText, StringComparison.Ordinal);
        Assert.Equal(0, await RowsNamingAsync(bot, erased));
        Assert.Null(await bot.Service<TeamSchedules>().NextPulseAsync(erased, default));
        Assert.Null(await bot.Service<PersonalChats>().GetAsync(TeamsActivities.TenantId, onlyInErased, default));
        Assert.Null(await bot.Service<PersonalChats>().GetAsync(TeamsActivities.TenantId, trioOwner, default)); // reached only by the TRIO's reminders
        Assert.DoesNotContain(bot.Service<MemberPseudonym>().For(onlyInErased), await bot.Service<PausedMembers>().PausedInTenantAsync(TeamsActivities.TenantId, default));
        Assert.NotNull(await bot.Service<PersonalChats>().GetAsync(TeamsActivities.TenantId, Aad(connector, 2), default)); // also in the other team
        var audit = await bot.Service<SummaryAudit>().LatestAsync(TeamsActivities.TenantId, 1000, default);
        Assert.Contains(audit, e => e.KnownWhat == AuditWhat.Erasure && e.KnownOutcome == AuditOutcome.Completed && e.Who == Aad(connector, 0) && e.Team.StartsWith("erased-team-", StringComparison.Ordinal));
        Assert.Contains(audit, e => e.KnownWhat == AuditWhat.Summary && e.Who == "aad-leader-audited" && e.Team.StartsWith("erased-team-", StringComparison.Ordinal));

        Assert.NotNull(await bot.Service<TeamSetupStore>().GetAsync(kept, default));
        Assert.NotNull(await bot.Service<TeamSchedules>().NextPulseAsync(kept, default));
        Assert.NotNull(await bot.Service<PulseRuns>().GetAsync(kept, Open, default));
        Assert.Equal(5, (await bot.Service<AnswerStore>().StoredScoresAsync(kept, Closed, default)).Count);
        Assert.Equal(5, (await bot.Service<AnswerStore>().StoredCommentsAsync(kept, Closed, default)).Count);
        Assert.Single(await bot.Service<AggregateStore>().GetRangeAsync(kept, Closed, Closed, default));
        Assert.NotNull(await bot.Service<TrivselsBot.Groups.GroupAggregateStore>().GetAsync(kept, Closed, default));
        Assert.Single(await bot.Service<TrivselsBot.Trio.TrioStore>().ItemsAsync(kept, default));
        Assert.Equal(2, await RowsNamingAsync(bot, kept, TrivselsBot.Trio.TrioStore.IndexTableName));
        Assert.Contains(await bot.Service<TrivselsBot.Trio.TrioStore>().MedItemsAsync(TeamsActivities.TenantId, default), m => m.Team == kept);
        Assert.DoesNotContain(await bot.Service<TrivselsBot.Trio.TrioStore>().MedItemsAsync(TeamsActivities.TenantId, default), m => m.Team == erased);
        Assert.Contains(audit, e => e.Team == kept.ConversationId);
    }

    [Fact]
    public async Task A_pulse_card_answered_after_the_erasure_stores_nothing_and_says_why()
    {
        await using var connector = await RecordingConnector.StartAsync();
        connector.AddMembers(6, prefix: Guid.NewGuid().ToString("N")[..8]);
        connector.Members[0]["userRole"] = "owner";
        var team = new TeamRef(TeamsActivities.TenantId, $"19:{Guid.NewGuid():N}@thread.tacv2");
        await using var bot = await BotUnderTest.StartAsync(azurite.ConnectionString, time: new ShiftedClock(Week47));
        await SetUpAsync(bot, connector, team);
        await bot.Service<IPulseRunner>().RunAsync(team, Week47, default);
        var signer = bot.Service<PulseTicketSigner>();
        var ticket = connector.ActivitiesSent().Select(c => c.Card?["actions"]?[0]?["data"]?["ticket"]?.GetValue<string>())
            .OfType<string>().First(t => signer.TryVerify(t, out var v) && v.TeamKey == team.Key && v.RecipientPseudonym == bot.Service<MemberPseudonym>().For(Aad(connector, 1)));
        await ConfirmAsync(bot, connector, team, SealFromCard(await AskAsync(bot, connector, team, owner: 0)), owner: 0);
        Assert.True(signer.TryVerify(ticket, out var verified));

        var answer = new JsonObject { ["action"] = PulseSubmission.ActionName, ["ticket"] = ticket };
        foreach (var id in verified.QuestionIds) answer[PulseSubmission.QuestionInputId(id)] = "4";
        await bot.PostActivityAsync(TeamsActivities.Submit(connector.ServiceUrl, answer, "card", "a:1", Id(connector, 1), Aad(connector, 1)));

        Assert.Contains("bruger ikke længere", connector.ActivitiesSent()[^1].CardText, StringComparison.Ordinal);
        Assert.Empty(await bot.Service<AnswerStore>().RespondentsAsync(team, Open, default));
        Assert.Equal(0, await RowsNamingAsync(bot, team));
    }

    [Fact]
    public async Task A_confirmation_card_of_another_team_erases_nothing()
    {
        await using var connector = await RecordingConnector.StartAsync();
        connector.AddMembers(3, prefix: Guid.NewGuid().ToString("N")[..8]);
        connector.Members[0]["userRole"] = "owner";
        var target = new TeamRef(TeamsActivities.TenantId, $"19:{Guid.NewGuid():N}@thread.tacv2");
        var other = new TeamRef(TeamsActivities.TenantId, $"19:{Guid.NewGuid():N}@thread.tacv2");
        await using var bot = await BotUnderTest.StartAsync(azurite.ConnectionString, time: new ShiftedClock(Week47));
        await SetUpAsync(bot, connector, target);

        await ConfirmAsync(bot, connector, target, SealFromCard(await AskAsync(bot, connector, other, owner: 0)), owner: 0);

        Assert.Contains("hører ikke til dette team", connector.ActivitiesSent()[^1].Text, StringComparison.Ordinal);
        Assert.NotNull(await bot.Service<TeamSetupStore>().GetAsync(target, default));
    }

    [Fact]
    public async Task Fortryd_deletes_nothing_and_takes_the_buttons_away()
    {
        await using var connector = await RecordingConnector.StartAsync();
        connector.AddMembers(3, prefix: Guid.NewGuid().ToString("N")[..8]);
        connector.Members[0]["userRole"] = "owner";
        var team = new TeamRef(TeamsActivities.TenantId, $"19:{Guid.NewGuid():N}@thread.tacv2");
        await using var bot = await BotUnderTest.StartAsync(azurite.ConnectionString, time: new ShiftedClock(Week47));
        await SetUpAsync(bot, connector, team);
        await AskAsync(bot, connector, team, owner: 0);

        await ConfirmAsync(bot, connector, team, new JsonObject { ["action"] = ErasureCard.CancelAction }, owner: 0);

        var replaced = connector.Calls.Last(c => c.Method == "PUT");
        Assert.Contains("Intet er slettet", replaced.CardText, StringComparison.Ordinal);
        Assert.Null(replaced.Card!["actions"]);
        Assert.NotNull(await bot.Service<TeamSetupStore>().GetAsync(team, default));
    }

    [Fact]
    public async Task A_member_who_is_not_an_owner_gets_no_card_and_an_admin_from_the_list_does()
    {
        await using var connector = await RecordingConnector.StartAsync();
        connector.AddMembers(3, prefix: Guid.NewGuid().ToString("N")[..8]);
        var team = new TeamRef(TeamsActivities.TenantId, $"19:{Guid.NewGuid():N}@thread.tacv2");
        await using var bot = await BotUnderTest.StartAsync(azurite.ConnectionString, new Dictionary<string, string?> { ["Administration:Admins:0"] = Aad(connector, 2) });

        await bot.PostActivityAsync(InTeam(TeamsActivities.Message(connector.ServiceUrl, "slet data", team.ConversationId,
            userId: Id(connector, 1), conversationType: "channel", aadObjectId: Aad(connector, 1)), team.ConversationId));
        var admin = await AskAsync(bot, connector, team, owner: 2);

        var refusal = connector.ActivitiesSent()[^2];
        Assert.Null(refusal.Card);
        Assert.Contains("Kun en ejer af teamet eller en administrator", refusal.Text, StringComparison.Ordinal);
        Assert.Contains("Det kan ikke fortrydes", admin.CardText, StringComparison.Ordinal);
        Assert.Contains("grupper", admin.CardText, StringComparison.Ordinal);
        Assert.Contains("TRIO'ens opsætning, dagsordener, beslutninger og handlinger", admin.CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_erasure_cut_off_after_it_started_is_finished_by_the_next_run_under_the_same_id()
    {
        await using var connector = await RecordingConnector.StartAsync();
        connector.AddMembers(6, prefix: Guid.NewGuid().ToString("N")[..8]);
        var team = new TeamRef(TeamsActivities.TenantId, $"19:{Guid.NewGuid():N}@thread.tacv2");
        await using var bot = await BotUnderTest.StartAsync(azurite.ConnectionString, time: new ShiftedClock(Week47));
        await FillAsync(bot, connector, team);
        var started = await bot.Service<ErasureMarkers>().StartAsync(team, "aad-admin", default);

        var again = await bot.Service<TeamErasure>().EraseAsync(team, "aad-admin", default);
        await bot.Service<TeamErasure>().EraseAsync(team, "aad-admin", default);

        Assert.True(again.Resumed);
        Assert.Equal(started.Id, again.Id);
        Assert.Equal(0, await RowsNamingAsync(bot, team));
    }

    /// <summary>
    /// A set-up team with a sent pulse (this week), five answers with comments, an aggregate and a group aggregate (last
    /// week), one answer waiting in the inbox, a TRIO with a point sent to MED (so rows in the tenant's TRIO index) and an audit entry.
    /// </summary>
    private static async Task FillAsync(BotUnderTest bot, RecordingConnector connector, TeamRef team)
    {
        await SetUpAsync(bot, connector, team);
        await bot.Service<IPulseRunner>().RunAsync(team, Week47, default);
        var answers = bot.Service<AnswerStore>();
        var pseudonyms = bot.Service<MemberPseudonym>();
        for (var i = 0; i < 5; i++)
        {
            await answers.RecordAsync(team, Closed, pseudonyms.For(Aad(connector, i)), new PulseAnswer(new Dictionary<string, int?> { ["q1"] = 4 }, $"Kommentar {i}"), default);
        }
        await answers.FlushAsync(team, Closed, 5, periodClosed: true, default);
        await bot.Service<AggregateStore>().RecomputeAsync(team, Closed, await answers.StoredScoresAsync(team, Closed, default), 6, 5, default);
        await answers.RecordAsync(team, Open, pseudonyms.For(Aad(connector, 5)), new PulseAnswer(new Dictionary<string, int?> { ["q1"] = 3 }, "Venter i indbakken"), default);
        await bot.Service<TrivselsBot.Groups.GroupAggregateStore>().RecomputeAsync(team, Closed,
            new Dictionary<string, List<IReadOnlyDictionary<string, int?>>> { ["Hus A"] = [new Dictionary<string, int?> { ["q1"] = 4 }] }, 5, default);
        var trio = bot.Service<TrivselsBot.Trio.TrioStore>();
        await trio.SaveSetupAsync(Trio.TrioSamples.Setup with { Team = team }, default);
        await trio.TryAddItemAsync(team, TrivselsBot.Trio.TrioItem.Point(Guid.NewGuid().ToString("N"), "Tonen ved overlap", new DateOnly(2026, 11, 24), Week47)
            with { SentToMedInMeeting = new DateOnly(2026, 11, 24) }, default);
        // The team's name in the audit holds its id, so the check for rows naming the team also finds a name left behind.
        await bot.Service<SummaryAudit>().RecordAsync(team.TenantId, "aad-leader-audited", AuditWhat.Summary, team.ConversationId, AuditOutcome.Shown,
            new AuditNames("Leder", "Bostedet " + team.ConversationId), default);
    }

    private static Task<HttpResponseMessage> SetUpAsync(BotUnderTest bot, RecordingConnector connector, TeamRef team) =>
        bot.PostActivityAsync(InTeam(TeamsActivities.Submit(connector.ServiceUrl, new JsonObject
        {
            ["action"] = "setup.save", ["leaders"] = Aad(connector, 0), ["day"] = "2", ["time"] = "09:00",
            ["reminder"] = "2", ["questions"] = "4", ["language"] = "da", ["k"] = "5", ["summary"] = "yes",
        }, "setup-card", team.ConversationId, Id(connector, 0), Aad(connector, 0), "channel"), team.ConversationId));

    /// <summary>A member only the erased team's pulse reached, who paused and has a remembered 1:1 chat.</summary>
    private static async Task<string> OnlyInTeamMemberAsync(BotUnderTest bot, TeamRef team)
    {
        var aad = "aad-only-" + Guid.NewGuid().ToString("N");
        var pseudonym = bot.Service<MemberPseudonym>().For(aad);
        await bot.Service<SendRecords>().TryClaimAsync(SendRecords.Partition(team, Open, DeliveryKind.Pulse), pseudonym, null, Week47);
        await bot.Service<PersonalChats>().SaveAsync(team.TenantId, aad, new PersonalChat("a:only", "https://smba.example/"), default);
        await bot.Service<PausedMembers>().PauseAsync(team.TenantId, aad, default);
        return aad;
    }

    private static async Task<RecordedCall> AskAsync(BotUnderTest bot, RecordingConnector connector, TeamRef team, int owner)
    {
        await bot.PostActivityAsync(InTeam(TeamsActivities.Message(connector.ServiceUrl, "slet data", team.ConversationId,
            userId: Id(connector, owner), conversationType: "channel", aadObjectId: Aad(connector, owner)), team.ConversationId));
        return connector.ActivitiesSent()[^1];
    }

    private static JsonObject SealFromCard(RecordedCall card) => card.Card!["actions"]![0]!["data"]!.AsObject().DeepClone().AsObject();

    private static Task<HttpResponseMessage> ConfirmAsync(BotUnderTest bot, RecordingConnector connector, TeamRef team, JsonObject data, int owner) =>
        bot.PostActivityAsync(InTeam(TeamsActivities.Submit(connector.ServiceUrl, data, "erasure-card", team.ConversationId,
            Id(connector, owner), Aad(connector, owner), "channel"), team.ConversationId));

    /// <summary>Rows of every table (or only <paramref name="onlyTable"/>) whose keys or values name the team, in any spelling the bot stores.</summary>
    private static async Task<int> RowsNamingAsync(BotUnderTest bot, TeamRef team, string? onlyTable = null)
    {
        var spellings = new[] { team.ConversationId, TableKeys.Escape(team.ConversationId), team.Key };
        var tables = bot.Service<PrefixedTableService>();
        var found = 0;
        foreach (var name in onlyTable is null ? BotTables.All : [onlyTable])
        {
            await foreach (var row in tables.GetTableClient(name).QueryEntitiesAsync())
            {
                var text = string.Join("\n", [row.PartitionKey, row.RowKey, .. row.OwnProperties().Select(p => p.Value?.ToString() ?? "")]);
                if (spellings.Any(s => text.Contains(s, StringComparison.Ordinal))) found++;
            }
        }
        return found;
    }

    private static JsonObject InTeam(JsonObject activity, string teamId)
    {
        activity["channelData"]!["team"] = new JsonObject { ["id"] = teamId, ["name"] = "Bostedet Lyngly" };
        return activity;
    }

    private static string Id(RecordingConnector c, int i) => c.Members[i]["id"]!.GetValue<string>();
    private static string Aad(RecordingConnector c, int i) => c.Members[i]["aadObjectId"]!.GetValue<string>();
}
