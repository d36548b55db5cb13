using System.Collections.Concurrent;
using System.Text;
using System.Text.Json.Nodes;
using TrivselsBot.Setup;
using TrivselsBot.Summaries;
using TrivselsBot.Testing;
using static TrivselsBot.Tests.Summaries.SampleHistory;

namespace TrivselsBot.Tests.Summaries;

/// <summary>
/// The CSV button through the real bot on Azurite and Teams' file consent flow: the button brings a file consent card;
/// accepting it (the fileConsent/invoke Teams sends) PUTs the CSV to the upload URL — a local server here, standing in for
/// the person's OneDrive — and a file info card follows. Only a leader still in the team gets anything.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class SummaryCsvFileConsentTests(AzuriteServer azurite) : IAsyncLifetime
{
    private readonly ConcurrentQueue<(string Method, string? ContentRange, byte[] Body)> _uploads = new();
    private RecordingConnector _connector = null!;
    private BotUnderTest _bot = null!;
    private Microsoft.AspNetCore.Builder.WebApplication _oneDrive = null!;
    private string _uploadUrl = "";
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
            http.Response.StatusCode = 201;
        });
        _uploadUrl = baseUrl + "upload-session/1";
        _bot = await BotUnderTest.StartAsync(azurite.ConnectionString,
            new Dictionary<string, string?> { ["CsvUpload:ExtraHosts:0"] = new Uri(baseUrl).Host }, time: new ShiftedClock(Now));
        _team = new TeamSetup
        {
            Team = new TeamRef(TeamsActivities.TenantId, $"19:{Guid.NewGuid():N}@thread.tacv2"),
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
    public async Task Someone_who_is_not_the_teams_leader_gets_no_file_by_button_or_by_a_forged_consent()
    {
        await _bot.PostActivityAsync(CsvButton(member: 3));
        await _bot.PostActivityAsync(Consent(member: 3, "accept", new JsonObject { ["team"] = _team.Team.ConversationId }));

        var replies = await _connector.WaitForActivitiesAsync(2);
        Assert.All(replies, r => Assert.Contains("kun for teamets leder", r.Text, StringComparison.Ordinal));
        Assert.Empty(_uploads);
        var audited = await _bot.Service<SummaryAudit>().LatestAsync(TeamsActivities.TenantId, 50, default);
        Assert.Contains(audited, e => e.Who == Aad(3) && e.What == "csv offered" && e.Outcome.StartsWith("refused", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("inside", "https://contoso.sharepoint.com/x.csv")] // a host inside the bot's network (here: the same server by another name)
    [InlineData("http://169.254.169.254/metadata/upload", "https://contoso.sharepoint.com/x.csv")]
    [InlineData("https://contoso.sharepoint.com.evil.example/upload", "https://contoso.sharepoint.com/x.csv")]
    [InlineData("teams", "https://evil.example/x.csv")]
    public async Task A_consent_naming_an_upload_or_file_address_outside_sharepoint_uploads_nothing(string uploadUrl, string contentUrl)
    {
        var consent = Consent(member: 0, "accept", new JsonObject { ["team"] = _team.Team.ConversationId });
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

    [Fact]
    public async Task Declining_uploads_nothing()
    {
        await _bot.PostActivityAsync(Consent(member: 0, "decline", new JsonObject { ["team"] = _team.Team.ConversationId }));

        Assert.Contains("sender ikke filen", Assert.Single(await _connector.WaitForActivitiesAsync(1)).Text, StringComparison.Ordinal);
        Assert.Empty(_uploads);
    }

    private string Aad(int i) => _connector.Members[i]["aadObjectId"]!.GetValue<string>();
    private string UserId(int i) => _connector.Members[i]["id"]!.GetValue<string>();

    private JsonObject CsvButton(int member) => TeamsActivities.Submit(_connector.ServiceUrl,
        new JsonObject { ["action"] = SummaryCsvAction.ActionName, ["team"] = _team.Team.ConversationId }, "summary-card", "a:" + member, UserId(member), Aad(member));

    /// <summary>What Teams sends when the person answers a file consent card.</summary>
    private JsonObject Consent(int member, string action, JsonNode context)
    {
        var invoke = TeamsActivities.Message(_connector.ServiceUrl, "", "a:" + member, userId: UserId(member), aadObjectId: Aad(member));
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
