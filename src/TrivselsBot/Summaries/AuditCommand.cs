using System.Globalization;
using Microsoft.Extensions.Options;
using TrivselsBot.Administration;
using TrivselsBot.BotConnector;
using TrivselsBot.Cards;
using TrivselsBot.Chat;
using TrivselsBot.Localization;
using TrivselsBot.Organisation;
using TrivselsBot.Scheduling;

namespace TrivselsBot.Summaries;

/// <summary>
/// "audit" in a 1:1 chat, for admins: the tenant's latest audited requests and actions (summaries, TRIO agendas and
/// minutes, spreadsheets, erasures) — who, what, which team, when, how it ended, in the admin's language. Names as
/// stored with each entry; the ids only where no name was known (entries from before names were stored, an unknown team).
/// </summary>
public sealed class AuditCommand(SummaryAudit audit, IOptions<AdministrationOptions> administration, ConnectorClient connector) : IBotCommand
{
    private const int Shown = 20;

    public string Word(Language language) => "audit";

    public string Description(Language language) => AuditTexts.For(language).Description;

    public async Task ExecuteAsync(Turn turn, string arguments, CancellationToken ct)
    {
        // "audit" is the same word in both languages, so the admin's Teams language says which one to answer in.
        turn = new Turn(turn.Activity, LanguageExtensions.FromLocale(turn.Activity.Locale), connector);
        var tenant = turn.Activity.Conversation?.TenantId ?? turn.Activity.ChannelData?.Tenant?.Id;
        var isPersonal = turn.Activity.Conversation?.ConversationType is null or "personal";
        if (!isPersonal || tenant is null || !administration.Value.IsAdmin(turn.Activity.From?.AadObjectId))
        {
            await turn.ReplyAsync(AuditTexts.For(turn.Language).OnlyForAdmins, ct);
            return;
        }
        var entries = await audit.LatestAsync(tenant, Shown, ct);
        await turn.ReplyAsync(Card(turn.Language, entries), ct);
    }

    public static AdaptiveCard Card(Language language, IReadOnlyList<AuditEntry> entries)
    {
        var t = AuditTexts.For(language);
        var facts = entries.Select(e => new Fact(
            Copenhagen.LocalTime(e.At).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
            $"{e.WhoName ?? e.Who} · {t.What(e)} · {e.TeamName ?? e.Team} · {t.OutcomeOf(e)}")).ToList();
        return new AdaptiveCard(
        [
            new TextBlock(t.Title) { Size = TextSize.Medium, Weight = TextWeight.Bolder },
            facts.Count > 0 ? new FactSet(facts) : new TextBlock(t.None) { IsSubtle = true },
        ]);
    }
}
