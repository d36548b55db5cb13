using System.Globalization;
using System.Text;
using TrivselsBot.BotConnector;
using TrivselsBot.Cards;
using TrivselsBot.Chat;
using TrivselsBot.Localization;
using TrivselsBot.Storage;
using TrivselsBot.Summaries;

namespace TrivselsBot.Trio;

/// <summary>
/// "trio opsæt | dagsorden | punkt &lt;tekst&gt; | referat" (English: setup | agenda | item | minutes). Setup is for a
/// team's leader in the team or the TRIO's chat; everything else only for TRIO members, in a 1:1 chat or the TRIO chat.
/// </summary>
public sealed class TrioCommand(TrioSetupGate gate, TrioAccess access, TrioAgendas agendas, TrioMinutesService minutes, TrioStore store,
    AnnualCycle cycle, SummaryAudit audit, ConnectorClient connector, TimeProvider time) : IBotCommand
{
    private const int MostTriosShown = 5;

    public string Word(Language language) => "trio";

    public string Description(Language language) => TrioTexts.For(language).CommandDescription;

    public async Task ExecuteAsync(Turn turn, string arguments, CancellationToken ct)
    {
        var parts = arguments.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries);
        var sub = parts.Length > 0 ? Fold(parts[0]) : "";
        var rest = parts.Length > 1 ? parts[1].Trim() : "";
        // "trio" is the same word in both languages: the word after it says which one to answer in.
        if (sub is "setup" or "agenda" or "item" or "minutes") turn = new Turn(turn.Activity, Language.English, connector);
        var t = TrioTexts.For(turn.Language);
        if (sub is "opsaet" or "setup") await SetupAsync(turn, ct);
        else if (sub is "dagsorden" or "agenda") await AgendaAsync(turn, ct);
        else if (sub is "punkt" or "item") await PointAsync(turn, rest, ct);
        else if (sub is "referat" or "minutes") await MinutesAsync(turn, ct);
        else await turn.ReplyAsync(t.Usage, ct);
    }

    private async Task SetupAsync(Turn turn, CancellationToken ct)
    {
        if (await gate.EnterAsync(turn, ct) is not { } context) return;
        await turn.ReplyAsync(TrioSetupCard.Build(turn.Language, context.Members, context.Teams, context.InTeamConversation, context.Existing, cycle), ct);
    }

    private Task AgendaAsync(Turn turn, CancellationToken ct) =>
        ShowPerTrioAsync(turn, AuditWhat.TrioAgenda, scope => agendas.CardAsync(scope.Trio, scope.Team, turn.Language, ct), ct);

    private Task MinutesAsync(Turn turn, CancellationToken ct) =>
        ShowPerTrioAsync(turn, AuditWhat.TrioMinutes, scope => minutes.CardAsync(scope, turn.Language, ct), ct);

    /// <summary>
    /// The card of each TRIO the asker is in here. The agenda and the minutes show the team's pulse figures and the
    /// TRIO's items, so each showing is audited like a summary, and so is a refusal.
    /// </summary>
    private async Task ShowPerTrioAsync(Turn turn, AuditWhat what, Func<TrioScope, Task<AdaptiveCard>> card, CancellationToken ct)
    {
        var activity = turn.Activity;
        var tenant = activity.Conversation?.TenantId ?? activity.ChannelData?.Tenant?.Id;
        var who = activity.From?.AadObjectId;
        var scopes = await access.ForConversationAsync(turn, ct);
        if (scopes.Count == 0 && tenant is not null && who is not null)
        {
            await audit.RecordAsync(tenant, who, what, activity.Conversation?.Id ?? "-", AuditOutcome.RefusedNotInTrio, new(activity.From?.Name, null), ct);
        }
        foreach (var scope in scopes.Take(MostTriosShown))
        {
            await audit.RecordAsync(scope.Team.Team.TenantId, scope.Member.AadObjectId, what, scope.Team.Team.ConversationId, AuditOutcome.Shown,
                new(activity.From?.Name, scope.Team.Name), ct);
            await turn.ReplyAsync(await card(scope), ct);
        }
    }

    /// <summary>
    /// A point for the next meeting. Its id is the message's, so a message Teams delivers twice is stored once.
    /// </summary>
    private async Task PointAsync(Turn turn, string text, CancellationToken ct)
    {
        var t = TrioTexts.For(turn.Language);
        if (TrioItemInput.TextProblem(text, t) is { } problem)
        {
            await turn.ReplyAsync(problem, ct);
            return;
        }
        var scopes = await access.ForConversationAsync(turn, ct);
        if (scopes.Count == 0) return;
        if (scopes.Count > 1)
        {
            var choices = scopes.Select(s => new Choice(TrioAgendas.TeamName(s.Team, turn.Language), s.Trio.Team.Key)).ToList();
            await turn.ReplyAsync(TrioPointCard.Build(turn.Language, choices, text.Trim(), Guid.NewGuid().ToString("N")), ct);
            return;
        }
        var scope = scopes[0];
        var meeting = agendas.NextMeeting(scope.Trio);
        // The same message delivered twice makes one point; the id holds only letters and digits, as card ids do.
        var id = "p-" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(
            System.Text.Encoding.UTF8.GetBytes(turn.Activity.Id ?? Guid.NewGuid().ToString("N"))))[..32];
        await store.TryAddItemAsync(scope.Trio.Team, TrioItem.Point(id, text, meeting, time.GetUtcNow()), ct);
        await turn.ReplyAsync(t.PointAdded(meeting.ToString("dddd d. MMMM", t.Culture)), ct);
    }

    private static string Fold(string word) =>
        string.Concat(word.ToLowerInvariant().Replace("æ", "ae", StringComparison.Ordinal).Normalize(NormalizationForm.FormD)
            .Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark));
}
