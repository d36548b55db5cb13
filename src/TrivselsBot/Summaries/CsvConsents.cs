using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using TrivselsBot.Cards;
using TrivselsBot.CheckIns;
using TrivselsBot.Setup;
using Azure.Data.Tables;
using TrivselsBot.Storage;

namespace TrivselsBot.Summaries;

/// <summary>
/// Table "csvconsents": what became of each file consent card (partition = team key | week the card was sent | "csv",
/// row = the random id the card's context carries), so rows go with the team's erasure and the week's retention. The
/// first answer inserts the row, so of a double click, a second device or a retry by Teams — on any bot instance — only
/// one uploads; the others read what the first did. The row names no person.
/// </summary>
public sealed class CsvConsents(PrefixedTableService tables, TimeProvider time)
{
    public const string TableName = "csvconsents";

    private readonly TableClient _table = tables.GetTableClient(TableName);

    /// <summary>No card can name a later week than this one.</summary>
    public PulsePeriod ThisWeek => PulsePeriod.Containing(time.GetUtcNow());

    /// <summary>
    /// Answers the consent with <paramref name="answer"/> if nobody answered it before: null then. Otherwise the state the
    /// first answer left it in, unchanged.
    /// </summary>
    public async Task<CsvConsentState?> TryAnswerAsync(CsvConsent consent, CsvConsentState answer, CancellationToken ct)
    {
        if ((await _table.InsertAsync(Row(consent, answer), ct)).Succeeded) return null;
        var first = await _table.GetAsync(consent.Partition, consent.Id, ["State"], ct);
        return Enum.Parse<CsvConsentState>(first!.GetString("State")!);
    }

    /// <summary>How the upload the first answer started ended. Never cancelled: the row must not stay "uploading" for a shutdown.</summary>
    public async Task FinishAsync(CsvConsent consent, CsvConsentState outcome) =>
        await _table.UpsertEntityAsync(Row(consent, outcome), TableUpdateMode.Merge, CancellationToken.None);

    private TableEntity Row(CsvConsent consent, CsvConsentState state) =>
        new(consent.Partition, consent.Id) { ["State"] = state.ToString(), ["At"] = time.GetUtcNow() };
}

public enum CsvConsentState { Uploading, Uploaded, Failed, Declined }

/// <summary>One file consent card, as its context names it: the team, the week it was sent and a random id.</summary>
public sealed record CsvConsent(TeamRef Team, PulsePeriod Week, string Id)
{
    public const string TeamKey = "team";
    private const string WeekKey = "week";
    private const string IdKey = "consent";
    private const int IdLength = 32;

    public string Partition => $"{Team.Key}|{Week}|csv";

    public static CsvConsent New(TeamRef team, DateTimeOffset now) =>
        new(team, PulsePeriod.Containing(now), Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(IdLength / 2)));

    public JsonObject Context() => new() { [TeamKey] = Team.ConversationId, [WeekKey] = Week.ToString(), [IdKey] = Id };

    /// <summary>
    /// The consent a card's context names; null for cards sent before contexts carried an id, and for anything the bot
    /// could not have written (the context comes back from outside): an implausible team id or a week yet to come.
    /// </summary>
    public static CsvConsent? Read(string tenantId, JsonElement context, PulsePeriod thisWeek)
    {
        var team = CardInput.Text(context, TeamKey);
        var id = CardInput.Text(context, IdKey);
        if (!TeamRef.IsPlausibleConversationId(team) || !PulsePeriod.TryParse(CardInput.Text(context, WeekKey), out var week) || week > thisWeek
            || id is not { Length: IdLength } || !id.All(char.IsAsciiHexDigitLower)) return null;
        return new CsvConsent(new TeamRef(tenantId, team!), week, id);
    }
}
