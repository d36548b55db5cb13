using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using TrivselsBot.BotConnector;
using TrivselsBot.Chat;

namespace TrivselsBot.Summaries;

/// <summary>
/// The answer to a file consent card ("fileConsent/invoke"): on accept the CSV is built again (the figures are written
/// once, so it is the same file), the person's right to it checked again, PUT to the upload URL Teams gave, and a file
/// info card sent so the file shows in the chat. On decline nothing is uploaded.
/// </summary>
public sealed class SummaryCsvConsent(
    SummaryCsvFile files, SummaryAudit audit, IHttpClientFactory http, IOptions<CsvUploadOptions> uploads, ILogger<SummaryCsvConsent> log) : IInvokeHandler
{
    public const string FileInfoContentType = "application/vnd.microsoft.teams.card.file.info";
    public const string UploadClient = "csv-upload";

    public string Name => "fileConsent/invoke";

    public async Task HandleAsync(Turn turn, CancellationToken ct)
    {
        var t = SummaryCsvTexts.For(turn.Language);
        if (turn.Activity.Value is not { ValueKind: JsonValueKind.Object } value)
        {
            await turn.ReplyAsync(t.UploadFailed, ct);
            return;
        }
        var context = value.TryGetProperty("context", out var c) && c.ValueKind == JsonValueKind.Object ? c : default;
        if (Text(value, "action") != "accept")
        {
            await turn.ReplyAsync(t.Declined, ct);
            return;
        }
        var team = context.ValueKind == JsonValueKind.Object && context.TryGetProperty(SummaryCsvAction.TeamKey, out var id) ? id : default;
        if (await FileForAsync(turn, files, audit, team, "csv uploaded", ct) is not { } file)
        {
            await turn.ReplyAsync(t.NotAllowed, ct);
            return;
        }
        var upload = value.TryGetProperty("uploadInfo", out var u) && u.ValueKind == JsonValueKind.Object ? u : default;
        // The addresses come in the invoke, so only OneDrive/SharePoint ones are used: the bot never PUTs a team's figures
        // to, or links to, anywhere else (nor to hosts inside its own network).
        if (upload.ValueKind != JsonValueKind.Object ||
            !Uri.TryCreate(Text(upload, "uploadUrl"), UriKind.Absolute, out var uploadUrl) || !uploads.Value.Allows(uploadUrl) ||
            (Text(upload, "contentUrl") is { } contentUrl && !(Uri.TryCreate(contentUrl, UriKind.Absolute, out var shown) && uploads.Value.Allows(shown))))
        {
            await turn.ReplyAsync(t.UploadFailed, ct);
            return;
        }
        if (!await UploadAsync(uploadUrl, file.Bytes, ct))
        {
            await turn.ReplyAsync(t.UploadFailed, ct);
            return;
        }
        await turn.ReplyAsync(new Attachment
        {
            ContentType = FileInfoContentType,
            ContentUrl = Text(upload, "contentUrl"),
            Name = Text(upload, "name") ?? file.Name,
            Content = new JsonObject { ["uniqueId"] = Text(upload, "uniqueId"), ["fileType"] = Text(upload, "fileType") ?? "csv" },
        }, ct);
    }

    /// <summary>The CSV when the person asking, in a 1:1 chat, may see the team's summary; every request is audited.</summary>
    internal static async Task<CsvFile?> FileForAsync(Turn turn, SummaryCsvFile files, SummaryAudit audit, JsonElement team, string what, CancellationToken ct)
    {
        var activity = turn.Activity;
        var tenant = activity.Conversation?.TenantId ?? activity.ChannelData?.Tenant?.Id;
        var who = activity.From?.AadObjectId;
        var conversationId = team.ValueKind == JsonValueKind.String ? team.GetString() : null;
        if (tenant is null || who is null) return null;
        var personal = activity.Conversation?.ConversationType is null or "personal";
        var file = personal && conversationId is { Length: > 0 } ? await files.ForAsync(tenant, who, conversationId, ct) : null;
        await audit.RecordAsync(tenant, who, what, conversationId ?? "-", file is null ? SummaryCommand.RefusedNotAViewer : "shown", new AuditNames(activity.From?.Name, file?.TeamName), ct);
        return file;
    }

    /// <summary>One PUT of the whole file, as OneDrive's upload session takes it (Content-Range over every byte).</summary>
    private async Task<bool> UploadAsync(Uri uploadUrl, byte[] bytes, CancellationToken ct)
    {
        using var content = new ByteArrayContent(bytes);
        content.Headers.ContentRange = new ContentRangeHeaderValue(0, bytes.Length - 1, bytes.Length);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv") { CharSet = "utf-8" };
        try
        {
            using var response = await http.CreateClient(UploadClient).PutAsync(uploadUrl, content, ct);
            if (response.IsSuccessStatusCode) return true;
            log.LogWarning("Uploading the summary CSV was answered {Status}", (int)response.StatusCode);
        }
        catch (Exception e) when (e is HttpRequestException || (e is TaskCanceledException && !ct.IsCancellationRequested))
        {
            log.LogWarning(e, "Uploading the summary CSV failed");
        }
        return false;
    }

    private static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
