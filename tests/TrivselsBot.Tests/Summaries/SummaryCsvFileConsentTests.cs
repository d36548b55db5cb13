using System.Collections.Concurrent;
using System.Text;
using System.Text.Json.Nodes;
using TrivselsBot.Setup;
using TrivselsBot.Summaries;
using Azure.Data.Tables;
using TrivselsBot.Storage;
using TrivselsBot.Testing;
using TrivselsBot.Tests.Organisation;
using static TrivselsBot.Tests.Summaries.SampleHistory;

namespace TrivselsBot.Tests.Summaries;

/// <summary>
/// The CSV button through the real bot on Azurite and Teams' file consent flow: the button brings a file consent card;
/// accepting it (the fileConsent/invoke Teams sends) PUTs the CSV to the upload URL — a local server here, standing in for
/// the person's OneDrive — and a file info card follows. Only a leader still in the team gets anything. Each card is
/// answered once, whoever answers it again and on whichever bot instance; every answer is audited with its outcome.
/// The tests run in a tenant of their own, so the audit log holds only their entries.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class SummaryCsvFileConsentTests(AzuriteServer azurite) : IAsyncLifetime
{
    private const string Admin = "aad-admin";
    private readonly ConcurrentQueue<(string Method, string? ContentRange, byte[] Body)> _uploads = new();
    private readonly string _tenant = "tenant-" + Guid.NewGuid().ToString("N");
    private int _uploadStatus = 201;
    private TaskCompletionSource? _uploadHeld;
    private RecordingConnector _connector = null!;
    private BotUnderTest _bot = null!;
    private Microsoft.AspNetCore.Builder.WebApplication _oneDrive = null!;
    private string _uploadUrl = "";
    private Dictionary<string, string?> _settings = null!;
    private TeamSetup _team = null!;

    public async Task InitializeAsync()
    {
        _connector = await RecordingConnector.StartAsync();
        _connector.AddMembers(6, prefix: Guid.NewGuid().ToString("N")[..8]);
        string baseUrl;
        (_oneDrive, baseUrl) = await LocalWebServer.StartAsync(async http =>
        {
            using var body = new MemoryStream();
            await http.Request.Body.CopyToAsync(body);
            _uploads.Enqueue((http.Request.Method, http.Request.Headers.ContentRange.ToString(), body.ToArray()));
            if (_uploadHeld is { } held) await held.Task;
            http.Response.StatusCode = _uploadStatus;
        });
        _uploadUrl = baseUrl + "upload-session/1";
        _settings = new Dictionary<string, string?>
        {
            ["CsvUpload:ExtraHosts:0"] = new Uri(baseUrl).Host, ["Administration:Admins:0"] = Admin, [BotUnderTest.TablePrefixSetting] = BotUnderTest.NewTablePrefix(),
        };
        _bot = await StartBotAsync();
        _team = new TeamSetup
        {
            Team = new TeamRef(_tenant, $"19:{Guid.NewGuid():N}@thread.tacv2"),
            ServiceUrl = _connector.ServiceUrl,
            BotId = TeamsActivities.BotId,
            Leaders = [new TeamLeader(Aad(0), "Mette")],
            Name = "Aflastningen Øst",
        };
        await _bot.Service<TeamSetupStore>().SaveAsync(_team, default);
        await _bot.Service<AggregateStore>().RecomputeAsync(_team.Team, LastWeek, Answers(LastWeek, 6), Roster, 5, default);
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _oneDrive.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task The_leader_accepts_and_the_csv_of_the_summary_is_uploaded_whole_and_shown_as_a_file()
    {
        await _bot.PostActivityAsync(CsvButton(member: 0));
        var consent = Assert.Single(await _connector.WaitForActivitiesAsync(1)).Body!["attachments"]![0]!;
        var expected = await _bot.Service<SummaryCsvFile>().ForAsync(_team.Team.TenantId, Aad(0), _team.Team.ConversationId, default);

        Assert.Equal(SummaryCsvAction.FileConsentContentType, consent["contentType"]!.GetValue<string>());
        Assert.Equal("trivsel-aflastningen-øst-2026-W48.csv", consent["name"]!.GetValue<string>());
        Assert.Equal(expected!.Bytes.Length, consent["content"]!["sizeInBytes"]!.GetValue<int>());

        _connector.Calls.Clear();
        await _bot.PostActivityAsync(Consent(member: 0, "accept", consent["content"]!["acceptContext"]!));

        var (method, range, body) = Assert.Single(_uploads);
        Assert.Equal(("PUT", $"bytes 0-{expected.Bytes.Length - 1}/{expected.Bytes.Length}"), (method, range));
        Assert.Equal(expected.Bytes, body);
        Assert.StartsWith("Emne;Uger;Værdi", Encoding.UTF8.GetString(body).TrimStart('\uFEFF'), StringComparison.Ordinal);
        var info = Assert.Single(await _connector.WaitForActivitiesAsync(1)).Body!["attachments"]![0]!;
        Assert.Equal(SummaryCsvConsent.FileInfoContentType, info["contentType"]!.GetValue<string>());
        Assert.Equal("https://contoso.sharepoint.com/personal/mette/Documents/trivsel.csv", info["contentUrl"]!.GetValue<string>());
    }

    [Fact]
    public async Task Every_card_carries_an_id_of_its_own_in_both_contexts()
    {
        var first = await OfferAsync();
        var second = await OfferAsync();

        Assert.NotEqual(first["consent"]!.GetValue<string>(), second["consent"]!.GetValue<string>());
        Assert.Equal(_team.Team.ConversationId, first["team"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_second_accept_of_the_same_card_uploads_nothing_and_says_the_file_was_already_sent()
    {
        var context = await OfferAsync();

        await _bot.PostActivityAsync(Consent(member: 0, "accept", context));
        await _bot.PostActivityAsync(Consent(member: 0, "accept", context));

        var replies = await _connector.WaitForActivitiesAsync(2);
        Assert.Single(_uploads);
        Assert.Equal(SummaryCsvConsent.FileInfoContentType, replies[0].Body!["attachments"]![0]!["contentType"]!.GetValue<string>());
        Assert.Contains("Filen er allerede sendt", replies[1].Text, StringComparison.Ordinal);
        Assert.Equal([AuditOutcome.NotSentAlreadyUploaded, AuditOutcome.Uploaded], (await UploadsAuditedAsync()).Select(e => e.KnownOutcome));
    }

    [Fact]
    public async Task Two_accepts_at_once_on_two_bot_instances_upload_the_file_once()
    {
        var context = await OfferAsync();
        await using var other = await StartBotAsync();
        var held = _uploadHeld = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var answers = Task.WhenAll(_bot.PostActivityAsync(Consent(member: 0, "accept", context)), other.PostActivityAsync(Consent(member: 0, "accept", context)));
        var whileUploading = Assert.Single(await _connector.WaitForActivitiesAsync(1)); // one instance uploads and waits for OneDrive
        held.SetResult();
        await answers;

        Assert.Contains("ved at blive sendt", whileUploading.Text, StringComparison.Ordinal);
        Assert.Single(_uploads);
        var replies = await _connector.WaitForActivitiesAsync(2);
        Assert.Equal(SummaryCsvConsent.FileInfoContentType, replies[1].Body!["attachments"]![0]!["contentType"]!.GetValue<string>());
        Assert.Equal([AuditResult.Uploaded, AuditResult.NotSentBeingUploaded], (await UploadsAuditedAsync()).Select(e => e.KnownOutcome!.Result).Order());
    }

    [Fact]
    public async Task A_failed_upload_is_told_and_audited_as_failed_and_accepting_again_sends_the_leader_to_the_button()
    {
        var context = await OfferAsync();
        _uploadStatus = 500;

        await _bot.PostActivityAsync(Consent(member: 0, "accept", context));
        await _bot.PostActivityAsync(Consent(member: 0, "accept", context));

        var replies = await _connector.WaitForActivitiesAsync(2);
        Assert.Single(_uploads);
        Assert.Contains("kunne ikke gemmes i din OneDrive", replies[0].Text, StringComparison.Ordinal);
        Assert.Contains("Tryk på knappen i resuméet igen", replies[1].Text, StringComparison.Ordinal);
        Assert.Equal([AuditOutcome.NotSentFailedBefore, AuditOutcome.UploadFailed(500)], (await UploadsAuditedAsync()).Select(e => e.KnownOutcome));
    }

    [Theory]
    [InlineData("accept", 201, AuditWhat.CsvUpload, "regneark accepteret", "gemt i personens OneDrive")]
    [InlineData("accept", 500, AuditWhat.CsvUpload, "regneark accepteret", "fejlede: OneDrive svarede 500")]
    [InlineData("decline", 201, AuditWhat.CsvDecline, "regneark afslået", "intet sendt")]
    public async Task Each_answer_is_audited_with_its_outcome_and_the_audit_command_shows_it_in_danish(
        string answer, int status, AuditWhat what, string whatShown, string outcomeShown)
    {
        var context = await OfferAsync();
        _uploadStatus = status;

        await _bot.PostActivityAsync(Consent(member: 0, answer, context));
        await _connector.WaitForActivitiesAsync(1);
        _connector.Calls.Clear();
        await _bot.PostActivityAsync(OrganisationSummaryCommandTests.InTenant(_tenant,
            TeamsActivities.Message(_connector.ServiceUrl, "audit", "a:admin", userId: "29:admin", aadObjectId: Admin)));

        var entry = Assert.Single(await _bot.Service<SummaryAudit>().LatestAsync(_tenant, 50, default), e => e.KnownWhat == what);
        Assert.Equal((Aad(0), _team.Team.ConversationId), (entry.Who, entry.Team));
        Assert.NotNull(entry.WhoName);
        Assert.Contains($"{entry.WhoName} · {whatShown} · {entry.TeamName ?? _team.Team.ConversationId} · {outcomeShown}",
            Assert.Single(await _connector.WaitForActivitiesAsync(1)).CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_upload_address_that_does_not_answer_is_told_and_audited_as_failed()
    {
        var context = await OfferAsync();
        await _oneDrive.StopAsync(); // nobody answers at the upload address any more

        await _bot.PostActivityAsync(Consent(member: 0, "accept", context));

        Assert.Contains("kunne ikke", Assert.Single(await _connector.WaitForActivitiesAsync(1)).Text, StringComparison.Ordinal);
        Assert.Equal([AuditOutcome.UploadNoAnswer], (await UploadsAuditedAsync()).Select(e => e.KnownOutcome));
    }

    [Fact]
    public async Task Declining_after_accepting_says_the_file_was_already_sent()
    {
        var context = await OfferAsync();

        await _bot.PostActivityAsync(Consent(member: 0, "accept", context));
        await _bot.PostActivityAsync(Consent(member: 0, "decline", context));

        Assert.Contains("allerede sendt og ligger i din OneDrive", (await _connector.WaitForActivitiesAsync(2))[1].Text, StringComparison.Ordinal);
        Assert.Single(_uploads);
    }

    [Fact]
    public async Task Accepting_after_declining_uploads_nothing_and_says_the_file_was_declined()
    {
        var context = await OfferAsync();

        await _bot.PostActivityAsync(Consent(member: 0, "decline", context));
        await _bot.PostActivityAsync(Consent(member: 0, "accept", context));

        var replies = await _connector.WaitForActivitiesAsync(2);
        Assert.Contains("sender ikke filen", replies[0].Text, StringComparison.Ordinal);
        Assert.Contains("allerede sagt nej tak", replies[1].Text, StringComparison.Ordinal);
        Assert.Empty(_uploads);
        Assert.Equal([AuditOutcome.NotSentDeclinedBefore], (await UploadsAuditedAsync()).Select(e => e.KnownOutcome));
    }

    [Fact]
    public async Task A_card_sent_before_cards_had_an_id_uploads_nothing_and_asks_for_a_new_one()
    {
        await _bot.PostActivityAsync(Consent(member: 0, "accept", new JsonObject { ["team"] = _team.Team.ConversationId }));

        Assert.Contains("for gammelt", Assert.Single(await _connector.WaitForActivitiesAsync(1)).Text, StringComparison.Ordinal);
        Assert.Empty(_uploads);
    }

    [Fact]
    public async Task Someone_who_is_not_the_teams_leader_gets_no_file_by_button_or_by_a_forged_consent()
    {
        var context = await OfferAsync();
        await _bot.PostActivityAsync(CsvButton(member: 3));
        await _bot.PostActivityAsync(Consent(member: 3, "accept", context));

        var replies = await _connector.WaitForActivitiesAsync(2);
        Assert.All(replies, r => Assert.Contains("kun for teamets leder", r.Text, StringComparison.Ordinal));
        Assert.Empty(_uploads);
        var audited = await _bot.Service<SummaryAudit>().LatestAsync(_tenant, 50, default);
        Assert.Contains(audited, e => e.Who == Aad(3) && e.KnownWhat == AuditWhat.CsvOffered && e.KnownOutcome == AuditOutcome.RefusedNotAViewer);
        Assert.Contains(audited, e => e.Who == Aad(3) && e.KnownWhat == AuditWhat.CsvUpload && e.KnownOutcome == AuditOutcome.RefusedNotAViewer);
    }

    [Theory]
    [InlineData("inside", "https://contoso.sharepoint.com/x.csv")] // a host inside the bot's network (here: the same server by another name)
    [InlineData("http://169.254.169.254/metadata/upload", "https://contoso.sharepoint.com/x.csv")]
    [InlineData("https://contoso.sharepoint.com.evil.example/upload", "https://contoso.sharepoint.com/x.csv")]
    [InlineData("teams", "https://evil.example/x.csv")]
    public async Task A_consent_naming_an_upload_or_file_address_outside_sharepoint_uploads_nothing(string uploadUrl, string contentUrl)
    {
        var consent = Consent(member: 0, "accept", await OfferAsync());
        consent["value"]!["uploadInfo"]!["uploadUrl"] = uploadUrl switch
        {
            "teams" => _uploadUrl,
            "inside" => _uploadUrl.Replace("127.0.0.1", "localhost", StringComparison.Ordinal),
            _ => uploadUrl,
        };
        consent["value"]!["uploadInfo"]!["contentUrl"] = contentUrl;

        await _bot.PostActivityAsync(consent);

        Assert.Contains("kunne ikke", Assert.Single(await _connector.WaitForActivitiesAsync(1)).Text, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(_uploads);
    }

    [Theory]
    [InlineData("accept")]
    [InlineData("decline")]
    public async Task A_forged_card_naming_a_huge_team_id_or_a_week_to_come_is_answered_and_stores_no_consent(string action)
    {
        var context = (JsonObject)(await OfferAsync()).DeepClone();
        context["team"] = new string('x', 100_000);
        var future = (JsonObject)context.DeepClone();
        future["team"] = _team.Team.ConversationId;
        future["week"] = "2099-W01";

        using var huge = await _bot.PostActivityAsync(Consent(member: 0, action, context));
        using var later = await _bot.PostActivityAsync(Consent(member: 0, action, future));

        Assert.Equal((System.Net.HttpStatusCode.OK, System.Net.HttpStatusCode.OK), (huge.StatusCode, later.StatusCode));
        Assert.Equal(2, (await _connector.WaitForActivitiesAsync(2)).Count);
        Assert.Empty(_uploads);
        var consents = _bot.Service<PrefixedTableService>().GetTableClient(CsvConsents.TableName);
        Assert.Empty(await consents.QueryEntitiesAsync(TableFilter.StartsWith("PartitionKey", TrivselsBot.Storage.TableKeys.Escape(_tenant) + "|")).ToListAsync());
    }

    [Fact]
    public async Task Declining_uploads_nothing()
    {
        await _bot.PostActivityAsync(Consent(member: 0, "decline", await OfferAsync()));

        Assert.Contains("sender ikke filen", Assert.Single(await _connector.WaitForActivitiesAsync(1)).Text, StringComparison.Ordinal);
        Assert.Empty(_uploads);
    }

    private Task<BotUnderTest> StartBotAsync() => BotUnderTest.StartAsync(azurite.ConnectionString, _settings, time: new ShiftedClock(Now));

    /// <summary>The leader presses the CSV button; the context of the file consent card that comes back. The chat is cleared after.</summary>
    private async Task<JsonNode> OfferAsync()
    {
        await _bot.PostActivityAsync(CsvButton(member: 0));
        var card = Assert.Single(await _connector.WaitForActivitiesAsync(1)).Body!["attachments"]![0]!["content"]!;
        Assert.Equal(card["acceptContext"]!.ToJsonString(), card["declineContext"]!.ToJsonString());
        _connector.Calls.Clear();
        return card["acceptContext"]!;
    }

    /// <summary>The audit entries of accepted file cards for this test's team, newest first.</summary>
    private async Task<List<AuditEntry>> UploadsAuditedAsync() =>
        [.. (await _bot.Service<SummaryAudit>().LatestAsync(_tenant, 50, default)).Where(e => e.KnownWhat == AuditWhat.CsvUpload)];

    private string Aad(int i) => _connector.Members[i]["aadObjectId"]!.GetValue<string>();
    private string UserId(int i) => _connector.Members[i]["id"]!.GetValue<string>();

    private JsonObject CsvButton(int member) => OrganisationSummaryCommandTests.InTenant(_tenant, TeamsActivities.Submit(_connector.ServiceUrl,
        new JsonObject { ["action"] = SummaryCsvAction.ActionName, ["team"] = _team.Team.ConversationId }, "summary-card", "a:" + member, UserId(member), Aad(member)));

    /// <summary>What Teams sends when the person answers a file consent card.</summary>
    private JsonObject Consent(int member, string action, JsonNode context)
    {
        var invoke = OrganisationSummaryCommandTests.InTenant(_tenant,
            TeamsActivities.Message(_connector.ServiceUrl, "", "a:" + member, userId: UserId(member), aadObjectId: Aad(member)));
        invoke.Remove("text");
        invoke["type"] = "invoke";
        invoke["name"] = "fileConsent/invoke";
        invoke["value"] = new JsonObject
        {
            ["type"] = "fileUpload",
            ["action"] = action,
            ["context"] = context.DeepClone(),
            ["uploadInfo"] = action == "accept" ? new JsonObject
            {
                ["contentUrl"] = "https://contoso.sharepoint.com/personal/mette/Documents/trivsel.csv",
                ["name"] = "trivsel.csv",
                ["uploadUrl"] = _uploadUrl,
                ["uniqueId"] = "1150D938-8870-4044-9F2C-5BBDEBA70C8C",
                ["fileType"] = "csv",
            } : null,
        };
        return invoke;
    }
}
