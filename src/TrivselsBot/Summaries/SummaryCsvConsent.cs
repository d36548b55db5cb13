using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using TrivselsBot.BotConnector;
using TrivselsBot.Cards;
using TrivselsBot.Chat;
using TrivselsBot.Setup;

namespace TrivselsBot.Summaries;

/// <summary>
/// The answer to a file consent card ("fileConsent/invoke"): on accept the CSV is built again (the figures are written
/// once, so it is the same file), the person's right to it checked again, PUT to the upload URL Teams gave, and a file
/// info card sent so the file shows in the chat. On decline nothing is uploaded. Each card is answered once
/// (<see cref="CsvConsents"/>): a second answer is told what the first did. Every answer is audited before anything is
/// done, and its outcome set afterwards.
/// </summary>
public sealed class SummaryCsvConsent(
    SummaryCsvFile files, SummaryAudit audit, CsvConsents consents, IHttpClientFactory http, IOptions<CsvUploadOptions> uploads, ILogger<SummaryCsvConsent> log)
    : IInvokeHandler
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
        var context = value.TryGetProperty("context", out var c) ? c : default;
        if (CardInput.Text(value, "action") == "accept") await AcceptAsync(turn, t, value, context, ct);
        else await DeclineAsync(turn, t, context, ct);
    }

    private async Task AcceptAsync(Turn turn, SummaryCsvTexts t, JsonElement value, JsonElement context, CancellationToken ct)
    {
        if (await RequestAsync(turn, files, audit, CardInput.Text(context, CsvConsent.TeamKey), AuditWhat.CsvUpload, AuditOutcome.Requested, ct) is not { } request)
        {
            await turn.ReplyAsync(t.NotAllowed, ct);
            return;
        }
        var upload = value.TryGetProperty("uploadInfo", out var u) ? u : default;
        var uploadUrl = Address(CardInput.Text(upload, "uploadUrl"));
        var contentUrl = CardInput.Text(upload, "contentUrl");
        async Task EndAsync(AuditOutcome outcome, string answer)
        {
            await audit.SetOutcomeAsync(request.TenantId, request.AuditRow, outcome);
            await turn.ReplyAsync(answer, ct);
        }
        if (CsvConsent.Read(request.TenantId, context, consents.ThisWeek) is not { } consent)
        {
            await EndAsync(AuditOutcome.RefusedOutdatedCard, t.OutdatedCard);
            return;
        }
        // The addresses come in the invoke, so only OneDrive/SharePoint ones are used: the bot never PUTs a team's
        // figures to, or links to, anywhere else (nor to hosts inside its own network).
        if (uploadUrl is null || (contentUrl is not null && Address(contentUrl) is null))
        {
            await EndAsync(AuditOutcome.RefusedAddressOutsideSharePoint, t.UploadFailed);
            return;
        }
        if (await consents.TryAnswerAsync(consent, CsvConsentState.Uploading, ct) is { } earlier)
        {
            await (earlier switch
            {
                CsvConsentState.Uploaded => EndAsync(AuditOutcome.NotSentAlreadyUploaded, t.AlreadySent),
                CsvConsentState.Uploading => EndAsync(AuditOutcome.NotSentBeingUploaded, t.StillSending),
                CsvConsentState.Failed => EndAsync(AuditOutcome.NotSentFailedBefore, t.FailedBefore),
                _ => EndAsync(AuditOutcome.NotSentDeclinedBefore, t.DeclinedBefore),
            });
            return;
        }
        AuditOutcome? failure = AuditOutcome.UploadCutOff;
        try
        {
            failure = await UploadAsync(uploadUrl, request.File.Bytes, ct);
        }
        finally
        {
            // Also when the upload threw or was cancelled: the card and the audit must not say "being sent" for ever.
            await consents.FinishAsync(consent, failure is null ? CsvConsentState.Uploaded : CsvConsentState.Failed);
            await audit.SetOutcomeAsync(request.TenantId, request.AuditRow, failure ?? AuditOutcome.Uploaded);
        }
        if (failure is not null)
        {
            await turn.ReplyAsync(t.UploadFailed, ct);
            return;
        }
        await turn.ReplyAsync(new Attachment
        {
            ContentType = FileInfoContentType,
            ContentUrl = contentUrl,
            Name = CardInput.Text(upload, "name") ?? request.File.Name,
            Content = new JsonObject { ["uniqueId"] = CardInput.Text(upload, "uniqueId"), ["fileType"] = CardInput.Text(upload, "fileType") ?? "csv" },
        }, ct);
    }

    /// <summary>Nothing is shown on decline, so nobody's right is checked; a decline after the file went out is told so.</summary>
    private async Task DeclineAsync(Turn turn, SummaryCsvTexts t, JsonElement context, CancellationToken ct)
    {
        var (tenant, who) = (TenantOf(turn.Activity), turn.Activity.From?.AadObjectId);
        if (tenant is null || who is null)
        {
            await turn.ReplyAsync(t.Declined, ct);
            return;
        }
        var row = await audit.RecordAsync(tenant, who, AuditWhat.CsvDecline, TeamRef.ForAudit(CardInput.Text(context, CsvConsent.TeamKey)), AuditOutcome.Requested, new AuditNames(turn.Activity.From?.Name, null), ct);
        var earlier = CsvConsent.Read(tenant, context, consents.ThisWeek) is { } consent ? await consents.TryAnswerAsync(consent, CsvConsentState.Declined, ct) : null;
        var (outcome, answer) = earlier switch
        {
            CsvConsentState.Uploaded or CsvConsentState.Uploading => (AuditOutcome.DeclinedTooLate, t.SentBeforeDecline),
            _ => (AuditOutcome.Declined, t.Declined),
        };
        await audit.SetOutcomeAsync(tenant, row, outcome);
        await turn.ReplyAsync(answer, ct);
    }

    /// <summary>
    /// The CSV when the person asking, in a 1:1 chat, may see the team's summary. Every request is audited, with
    /// <paramref name="allowed"/> as its outcome when the file is built (for the caller to replace once it knows more).
    /// </summary>
    internal static async Task<CsvRequest?> RequestAsync(Turn turn, SummaryCsvFile files, SummaryAudit audit, string? team, AuditWhat what, AuditOutcome allowed, CancellationToken ct)
    {
        var activity = turn.Activity;
        var tenant = TenantOf(activity);
        var who = activity.From?.AadObjectId;
        if (tenant is null || who is null) return null;
        var personal = activity.Conversation?.ConversationType is null or "personal";
        var file = personal && TeamRef.IsPlausibleConversationId(team) ? await files.ForAsync(tenant, who, team!, ct) : null;
        var row = await audit.RecordAsync(tenant, who, what, TeamRef.ForAudit(team), file is null ? AuditOutcome.RefusedNotAViewer : allowed, new AuditNames(activity.From?.Name, file?.TeamName), ct);
        return file is null ? null : new CsvRequest(file, tenant, row);
    }

    private static string? TenantOf(Activity activity) => activity.Conversation?.TenantId ?? activity.ChannelData?.Tenant?.Id;

    private Uri? Address(string? text) => Uri.TryCreate(text, UriKind.Absolute, out var address) && uploads.Value.Allows(address) ? address : null;

    /// <summary>One PUT of the whole file, as OneDrive's upload session takes it (Content-Range over every byte). Null when it worked, else how it failed.</summary>
    private async Task<AuditOutcome?> UploadAsync(Uri uploadUrl, byte[] bytes, CancellationToken ct)
    {
        using var content = new ByteArrayContent(bytes);
        content.Headers.ContentRange = new ContentRangeHeaderValue(0, bytes.Length - 1, bytes.Length);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv") { CharSet = "utf-8" };
        try
        {
            using var response = await http.CreateClient(UploadClient).PutAsync(uploadUrl, content, ct);
            if (response.IsSuccessStatusCode) return null;
            log.LogWarning("Uploading the summary CSV was answered {Status}", (int)response.StatusCode);
            return AuditOutcome.UploadFailed((int)response.StatusCode);
        }
        catch (Exception e) when (e is HttpRequestException || (e is TaskCanceledException && !ct.IsCancellationRequested))
        {
            log.LogWarning(e, "Uploading the summary CSV failed");
            return AuditOutcome.UploadNoAnswer;
        }
    }
}

/// <summary>A request for the CSV that was allowed: the file, and the audit entry whose outcome is set once known.</summary>
internal sealed record CsvRequest(CsvFile File, string TenantId, string AuditRow);
