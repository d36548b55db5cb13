using System.Text.Json.Nodes;
using TrivselsBot.AmrContact;
using TrivselsBot.Administration;
using TrivselsBot.CheckIns;
using TrivselsBot.Privacy;
using TrivselsBot.Setup;
using TrivselsBot.Storage;
using TrivselsBot.Testing;
using TrivselsBot.Trio;

namespace TrivselsBot.Tests.AmrContact;

/// <summary>
/// The opt-in contact to the AMR through the real bot on Azurite: a consent card only after a signal answer (after a
/// short random delay, shortened here), nothing sent without "ja", the AMR's card names the person and carries no score,
/// the request joins nothing to the answer, and erasure removes it. Member 5 is the team's AMR, member 0 its leader.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class AmrContactTests(AzuriteServer azurite) : IAsyncLifetime
{
    private static readonly TimeSpan LongestDelay = TimeSpan.FromMilliseconds(600);
    private readonly ShiftedClock _clock = new(new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.FromHours(1)));
    private readonly TeamRef _team = new(TeamsActivities.TenantId, $"19:{Guid.NewGuid():N}@thread.v2");
    private RecordingConnector _connector = null!;
    private BotUnderTest _bot = null!;

    public async Task InitializeAsync()
    {
        _connector = await RecordingConnector.StartAsync();
        _connector.AddMembers(6, prefix: Guid.NewGuid().ToString("N")[..8]);
        _bot = await BotUnderTest.StartAsync(azurite.ConnectionString, new Dictionary<string, string?>
        {
            ["AmrContact:MinimumDelay"] = "00:00:00.200", ["AmrContact:MaximumDelay"] = "00:00:00.500",
            ["AmrContact:FallbackText"] = "Kontakt AMO på lokal 1234.", ["AmrContact:FallbackUrl"] = "https://intranet.example/vold",
        }, time: _clock);
        await _bot.PostActivityAsync(TeamsActivities.Submit(_connector.ServiceUrl, new JsonObject
        {
            ["action"] = "setup.save", ["leaders"] = Aad(0), ["day"] = "2", ["time"] = "09:00",
            ["reminder"] = "2", ["questions"] = "5", ["language"] = "da", ["k"] = "3", ["summary"] = "no",
        }, "setup-card", _team.ConversationId, Id(0), Aad(0), "groupChat"));
        Assert.NotNull(await _bot.Service<TeamSetupStore>().GetAsync(_team, default));
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _connector.DisposeAsync();
    }

    private string Id(int i) => _connector.Members[i]["id"]!.GetValue<string>();
    private string Aad(int i) => _connector.Members[i]["aadObjectId"]!.GetValue<string>();

    private async Task WithAmrAsync() => await _bot.Service<TrioStore>().SaveSetupAsync(new TrioSetup
    {
        Team = _team,
        FirstMeeting = new DateOnly(2026, 12, 1),
        Members = [new TrioMember(Aad(0), Id(0), "Medarbejder 0", [TrioRole.Leder]), new TrioMember(Aad(5), Id(5), "Medarbejder 5", [TrioRole.AMR])],
    }, default);

    /// <summary>Member m answers a card asking the anchor and "udsat for vold, trusler eller chikane" (violence-1) in their chat "a:m".</summary>
    private async Task AnswerAsync(int member, string violence)
    {
        var ticket = _bot.Service<PulseTicketSigner>().Sign(new PulseTicket(_team.Key, PulsePeriod.Containing(_clock.GetUtcNow()), ["anchor", "violence-1"],
            _bot.Service<MemberPseudonym>().For(Aad(member))));
        var value = new JsonObject { ["action"] = PulseSubmission.ActionName, ["ticket"] = ticket, ["q_anchor"] = "4", ["q_violence-1"] = violence };
        await _bot.PostActivityAsync(TeamsActivities.Submit(_connector.ServiceUrl, value, "card", "a:" + member, Id(member), Aad(member)));
    }

    private List<RecordedCall> PostedTo(string chat) =>
        _connector.ActivitiesSent().Where(c => c.Method == "POST" && Uri.UnescapeDataString(c.Path).Contains($"/conversations/{chat}/activities", StringComparison.Ordinal)).ToList();

    private async Task<RecordedCall?> ConsentCardAsync(int member)
    {
        var deadline = DateTime.UtcNow + LongestDelay + TimeSpan.FromSeconds(3);
        while (DateTime.UtcNow < deadline)
        {
            if (PostedTo("a:" + member).FirstOrDefault(c => c.CardText.Contains("arbejdsmiljørepræsentant", StringComparison.Ordinal) || c.CardText.Contains("AMO", StringComparison.Ordinal)) is { } card) return card;
            await Task.Delay(50);
        }
        return null;
    }

    private static JsonObject Action(RecordedCall card, string action) =>
        (JsonObject)card.Card!["actions"]!.AsArray().Single(a => (string?)a!["data"]?["action"] == action)!["data"]!.DeepClone();

    [Fact]
    public async Task A_signal_answer_is_followed_by_the_consent_card_and_an_answer_without_a_signal_by_nothing()
    {
        await WithAmrAsync();
        await AnswerAsync(1, violence: "1");
        await AnswerAsync(2, violence: "3");

        var card = await ConsentCardAsync(2);
        Assert.NotNull(card);
        Assert.Contains("Vil du have, at jeres arbejdsmiljørepræsentant kontakter dig?", card.CardText, StringComparison.Ordinal);
        Assert.Contains("Medarbejder 5", card.CardText, StringComparison.Ordinal);
        Assert.Null(await ConsentCardAsync(1));
    }

    [Fact]
    public async Task Yes_tells_the_amr_by_name_without_scores_and_stores_a_request_that_joins_nothing_to_the_answer()
    {
        await WithAmrAsync();
        await AnswerAsync(2, violence: "4");
        var consent = (await ConsentCardAsync(2))!;

        await _bot.PostActivityAsync(TeamsActivities.Submit(_connector.ServiceUrl, Action(consent, AmrCards.YesAction), "consent", "a:2", Id(2), Aad(2)));

        var created = Assert.Single(_connector.Calls, c => c.Method == "POST" && c.Path == "/v3/conversations");
        Assert.Equal(Id(5), created.Body!["members"]![0]!["id"]!.GetValue<string>());
        var toAmr = _connector.ActivitiesSent().Single(c => c.CardText.Contains("vil gerne kontaktes af dig", StringComparison.Ordinal));
        Assert.Contains("Mette", toAmr.CardText, StringComparison.Ordinal); // the name Teams sent with the person's "ja"
        Assert.DoesNotContain("I høj grad", toAmr.CardText, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\b[1-5]\b", string.Join("\n", toAmr.Card!["body"]!.AsArray().Select(b => (string?)b!["text"]))); // no score
        Assert.DoesNotContain("chikane i arbejdet i denne uge", toAmr.CardText, StringComparison.Ordinal);
        Assert.Contains("har fået besked", _connector.Calls.Last(c => c.Method == "PUT").CardText, StringComparison.Ordinal);

        var tables = _bot.Service<PrefixedTableService>();
        var request = Assert.Single(await Rows(tables, AmrRequests.TableName));
        var values = request.OwnProperties().Select(p => p.Value?.ToString() ?? "").Append(request.RowKey).ToList();
        Assert.DoesNotContain(values, v => v.Contains(_bot.Service<MemberPseudonym>().For(Aad(2)), StringComparison.Ordinal));
        Assert.DoesNotContain(values, v => v.Contains("W48", StringComparison.Ordinal));
        var answerIds = (await Rows(tables, AnswerStore.AnswersTable)).Concat(await Rows(tables, AnswerStore.InboxTable)).Select(r => r.RowKey).ToList();
        Assert.NotEmpty(answerIds);
        Assert.DoesNotContain(values, v => answerIds.Any(id => v.Contains(id, StringComparison.Ordinal)));

        await _bot.PostActivityAsync(TeamsActivities.Submit(_connector.ServiceUrl, Action(consent, AmrCards.YesAction), "consent", "a:2", Id(2), Aad(2)));
        Assert.Single(await Rows(tables, AmrRequests.TableName));
        Assert.Single(_connector.Calls, c => c.Method == "POST" && c.Path == "/v3/conversations");
    }

    [Fact]
    public async Task No_sends_and_stores_nothing_and_someone_elses_yes_is_refused()
    {
        await WithAmrAsync();
        await AnswerAsync(2, violence: "4");
        var consent = (await ConsentCardAsync(2))!;

        await _bot.PostActivityAsync(TeamsActivities.Submit(_connector.ServiceUrl, Action(consent, AmrCards.NoAction), "consent", "a:2", Id(2), Aad(2)));
        await _bot.PostActivityAsync(TeamsActivities.Submit(_connector.ServiceUrl, Action(consent, AmrCards.YesAction), "consent", "a:3", Id(3), Aad(3)));

        Assert.Empty(await Rows(_bot.Service<PrefixedTableService>(), AmrRequests.TableName));
        Assert.DoesNotContain(_connector.Calls, c => c.Path == "/v3/conversations");
        Assert.Contains("ikke dit", _connector.ActivitiesSent()[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_an_amr_the_card_says_whom_to_contact_and_has_no_yes()
    {
        await AnswerAsync(2, violence: "5");

        var card = await ConsentCardAsync(2);

        Assert.NotNull(card);
        Assert.Contains("Kontakt AMO på lokal 1234.", card.CardText, StringComparison.Ordinal);
        Assert.Contains("https://intranet.example/vold", card.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain(card.Card!["actions"]!.AsArray(), a => a!["data"] is not null);
    }

    [Fact]
    public async Task Erasing_the_team_removes_its_contact_requests()
    {
        await WithAmrAsync();
        await AnswerAsync(2, violence: "4");
        var consent = (await ConsentCardAsync(2))!;
        await _bot.PostActivityAsync(TeamsActivities.Submit(_connector.ServiceUrl, Action(consent, AmrCards.YesAction), "consent", "a:2", Id(2), Aad(2)));
        Assert.Single(await Rows(_bot.Service<PrefixedTableService>(), AmrRequests.TableName));

        await _bot.Service<TeamErasure>().EraseAsync(_team, Aad(0), default);

        Assert.Empty(await Rows(_bot.Service<PrefixedTableService>(), AmrRequests.TableName));
    }

    [Theory]
    [InlineData("violence-1", 2, true)]
    [InlineData("violence-3", 5, true)]
    [InlineData("violence-5", 3, true)]
    [InlineData("violence-1", 1, false)]
    [InlineData("violence-2", 1, false)] // "følt dig tryg": a low answer is worrying, but no report of an episode
    [InlineData("violence-4", 1, false)]
    public void A_signal_is_any_exposure_on_a_violence_threat_or_krænkelse_item(string question, int score, bool signal) =>
        Assert.Equal(signal, AmrSignal.In(Tests.CheckIns.TestBanks.Shipped, new Dictionary<string, int?> { ["anchor"] = 4, [question] = score }));

    private static async Task<List<Azure.Data.Tables.TableEntity>> Rows(PrefixedTableService tables, string name)
    {
        var rows = new List<Azure.Data.Tables.TableEntity>();
        await foreach (var row in tables.GetTableClient(name).QueryEntitiesAsync()) rows.Add(row);
        return rows;
    }
}
