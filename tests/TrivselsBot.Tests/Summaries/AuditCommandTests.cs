using TrivselsBot.Storage;
using TrivselsBot.Summaries;
using Azure.Data.Tables;
using TrivselsBot.Testing;
using TrivselsBot.Tests.Organisation;

namespace TrivselsBot.Tests.Summaries;

/// <summary>
/// "audit" for an administrator, through the real bot on Azurite: the log stores codes, and the card says in the admin's
/// Teams language what each entry was about and how it ended. Entries written before the codes (free English text)
/// still show, as they were stored. Each test in a tenant of its own, so the log holds only its entries.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class AuditCommandTests(AzuriteServer azurite) : IAsyncLifetime
{
    private const string Admin = "aad-admin";
    private const string Team = "19:engly@thread.v2";
    private readonly string _tenant = "tenant-" + Guid.NewGuid().ToString("N")[..8];
    private RecordingConnector _connector = null!;
    private BotUnderTest _bot = null!;

    /// <summary>One entry of every kind, with the line the Danish and the English card show for it.</summary>
    private static readonly (AuditWhat What, AuditOutcome Outcome, string Danish, string English)[] Kinds =
    [
        (AuditWhat.Summary, AuditOutcome.RefusedNotAViewer,
            "resumé · Engly · afvist: hverken leder af eller med i TRIO'en for et af personens teams",
            "summary · Engly · refused: neither leader nor in the TRIO of a team they are in"),
        (AuditWhat.OrganisationSummary, AuditOutcome.ShownAsRoles("HR/MED", 3, 5),
            "resumé for organisationen · Engly · vist som HR/MED: 3 af 5 teams", "organisation summary · Engly · shown as HR/MED: 3 of 5 teams"),
        (AuditWhat.SummarySentAfterClose, AuditOutcome.SentToLeaders(2), "ugens resumé (automatisk) · Engly · sendt til 2 ledere", "week's summary (automatic) · Engly · sent to 2 leaders"),
        (AuditWhat.CsvOffered, AuditOutcome.Offered, "regneark bestilt · Engly · filkort sendt", "spreadsheet asked for · Engly · file card sent"),
        (AuditWhat.CsvUpload, AuditOutcome.UploadFailed(503), "regneark accepteret · Engly · fejlede: OneDrive svarede 503",
            "spreadsheet accepted · Engly · failed: OneDrive answered 503"),
        (AuditWhat.CsvDecline, AuditOutcome.DeclinedTooLate, "regneark afslået · Engly · for sent: filen var allerede gemt",
            "spreadsheet declined · Engly · too late: the file was already saved"),
        (AuditWhat.TrioAgenda, AuditOutcome.RefusedNotInTrio, "TRIO-dagsorden · Engly · afvist: ikke med i en TRIO her", "TRIO agenda · Engly · refused: not in a TRIO here"),
        (AuditWhat.TrioAgendaSent, AuditOutcome.SentToTrioMembers(1), "TRIO-dagsorden (automatisk) · Engly · sendt til 1 TRIO-medlem", "TRIO agenda (automatic) · Engly · sent to 1 TRIO member"),
        (AuditWhat.TrioMinutes, AuditOutcome.Shown, "TRIO-referat · Engly · vist", "TRIO minutes · Engly · shown"),
        (AuditWhat.TrioMinutesShared, AuditOutcome.ShareFailed(403), "TRIO-referat til teamet · Engly · fejlede: Teams svarede 403",
            "TRIO minutes for the team · Engly · failed: Teams answered 403"),
        (AuditWhat.TrioItem, AuditOutcome.Withdrawn, "TRIO-punkt · Engly · fjernet", "TRIO item · Engly · withdrawn"),
        (AuditWhat.Erasure, AuditOutcome.Completed, "sletning af team · Engly · gennemført", "team erasure · Engly · completed"),
    ];

    public async Task InitializeAsync()
    {
        _connector = await RecordingConnector.StartAsync();
        _bot = await BotUnderTest.StartAsync(azurite.ConnectionString, new Dictionary<string, string?> { ["Administration:Admins:0"] = Admin });
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public void Every_code_has_its_own_words_in_danish_and_in_english()
    {
        foreach (var what in Enum.GetValues<AuditWhat>())
        {
            Assert.NotEqual(AuditTexts.Danish.Whats[what], AuditTexts.English.Whats[what]);
        }
        foreach (var result in Enum.GetValues<AuditResult>())
        {
            var (danish, english) = (AuditTexts.Danish.Outcome(new(result, 4, 9, "MED")), AuditTexts.English.Outcome(new(result, 4, 9, "MED")));
            Assert.NotEqual(result.ToString(), danish);
            Assert.NotEqual(result.ToString(), english);
            Assert.NotEqual(danish, english);
        }
    }

    [Theory]
    [InlineData("da-DK", "Log over opslag og handlinger, nyeste først")]
    [InlineData("en-US", "Log of requests and actions, newest first")]
    public async Task The_card_says_what_each_kind_of_entry_was_and_how_it_ended_in_the_admins_language(string locale, string title)
    {
        foreach (var (what, outcome, _, _) in Kinds)
        {
            await _bot.Service<SummaryAudit>().RecordAsync(_tenant, "aad-mette", what, Team, outcome, new AuditNames("Mette", "Engly"), default);
        }

        var card = await AuditCardAsync(locale);

        Assert.StartsWith(title, card, StringComparison.Ordinal);
        foreach (var kind in Kinds) Assert.Contains("Mette · " + (locale == "da-DK" ? kind.Danish : kind.English), card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_entry_written_before_the_codes_still_shows_as_it_was_stored()
    {
        var at = new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
        await _bot.Service<PrefixedTableService>().GetTableClient(SummaryAudit.TableName).InsertAsync(
            new TableEntity(TableKeys.Escape(_tenant), (DateTimeOffset.MaxValue.UtcTicks - at.UtcTicks).ToString("D19", System.Globalization.CultureInfo.InvariantCulture) + "-0a0b0c0d")
            {
                ["Who"] = "aad-old", ["What"] = "summary sent after close", ["Team"] = Team, ["Outcome"] = "sent to 3 leader(s)", ["At"] = at, ["TeamName"] = "Engly",
            }, default);
        await _bot.Service<SummaryAudit>().RecordAsync(_tenant, "aad-mette", AuditWhat.Summary, Team, AuditOutcome.Shown, new AuditNames("Mette", "Engly"), default);

        var card = await AuditCardAsync("da-DK");

        Assert.Contains("aad-old · summary sent after close · Engly · sent to 3 leader(s)", card, StringComparison.Ordinal);
        Assert.Contains("Mette · resumé · Engly · vist", card, StringComparison.Ordinal);
        var old = Assert.Single(await _bot.Service<SummaryAudit>().LatestAsync(_tenant, 10, default), e => e.Who == "aad-old");
        Assert.Equal((null, null), (old.KnownWhat, old.KnownOutcome));
    }

    [Fact]
    public async Task An_empty_log_says_nobody_has_seen_or_done_anything_yet()
    {
        Assert.Contains("Loggen er tom", await AuditCardAsync("da-DK"), StringComparison.Ordinal);
    }

    private async Task<string> AuditCardAsync(string locale)
    {
        (await _bot.PostActivityAsync(OrganisationSummaryCommandTests.InTenant(_tenant,
            TeamsActivities.Message(_connector.ServiceUrl, "audit", "a:admin", locale, userId: "29:admin", aadObjectId: Admin)))).EnsureSuccessStatusCode();
        return Assert.Single(await _connector.WaitForActivitiesAsync(1)).CardText;
    }
}
