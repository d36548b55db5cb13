using System.Text.Json;
using System.Text.Json.Nodes;
using TrivselsBot.BotConnector;
using TrivselsBot.Chat;
using TrivselsBot.Setup;

namespace TrivselsBot.Summaries;

/// <summary>
/// "Hent som regneark" on the summary card: Teams lets a bot send a file only through the file consent flow, so this
/// sends a file consent card for the CSV in the 1:1 chat; <see cref="SummaryCsvConsent"/> uploads it once accepted.
/// </summary>
public sealed class SummaryCsvAction(SummaryCsvFile files, SummaryAudit audit, TimeProvider time) : ICardAction
{
    public const string ActionName = "summary.csv";
    public const string TeamKey = "team";

    public const string FileConsentContentType = "application/vnd.microsoft.teams.card.file.consent";

    public string Name => ActionName;

    public async Task HandleAsync(Turn turn, JsonElement value, CancellationToken ct)
    {
        var t = SummaryCsvTexts.For(turn.Language);
        var team = value.TryGetProperty(TeamKey, out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null;
        if (await SummaryCsvConsent.RequestAsync(turn, files, audit, team, AuditWhat.CsvOffered, AuditOutcome.Offered, ct) is not { } request)
        {
            await turn.ReplyAsync(t.NotAllowed, ct);
            return;
        }
        // Each card gets an id of its own, so that a second answer to it is known as one (CsvConsents).
        var context = CsvConsent.New(new TeamRef(request.TenantId, team!), time.GetUtcNow()).Context();
        await turn.ReplyAsync(new Attachment
        {
            ContentType = FileConsentContentType,
            Name = request.File.Name,
            Content = new JsonObject
            {
                ["description"] = t.Description,
                ["sizeInBytes"] = request.File.Bytes.Length,
                ["acceptContext"] = context,
                ["declineContext"] = context.DeepClone(),
            },
        }, ct);
    }
}
