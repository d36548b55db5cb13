using System.Text.Json;
using System.Text.Json.Nodes;
using TrivselsBot.BotConnector;
using TrivselsBot.Chat;

namespace TrivselsBot.Summaries;

/// <summary>
/// "Hent som regneark" on the summary card: Teams lets a bot send a file only through the file consent flow, so this
/// sends a file consent card for the CSV in the 1:1 chat; <see cref="SummaryCsvConsent"/> uploads it once accepted.
/// </summary>
public sealed class SummaryCsvAction(SummaryCsvFile files, SummaryAudit audit) : ICardAction
{
    public const string ActionName = "summary.csv";
    public const string TeamKey = "team";
    public const string FileConsentContentType = "application/vnd.microsoft.teams.card.file.consent";

    public string Name => ActionName;

    public async Task HandleAsync(Turn turn, JsonElement value, CancellationToken ct)
    {
        var t = SummaryCsvTexts.For(turn.Language);
        if (await SummaryCsvConsent.FileForAsync(turn, files, audit, value.TryGetProperty(TeamKey, out var team) ? team : default, "csv offered", ct) is not { } file)
        {
            await turn.ReplyAsync(t.NotAllowed, ct);
            return;
        }
        var context = new JsonObject { [TeamKey] = value.GetProperty(TeamKey).GetString() };
        await turn.ReplyAsync(new Attachment
        {
            ContentType = FileConsentContentType,
            Name = file.Name,
            Content = new JsonObject
            {
                ["description"] = t.Description,
                ["sizeInBytes"] = file.Bytes.Length,
                ["acceptContext"] = context,
                ["declineContext"] = context.DeepClone(),
            },
        }, ct);
    }
}
