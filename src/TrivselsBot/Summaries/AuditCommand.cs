using System.Globalization;
using Microsoft.Extensions.Options;
using TrivselsBot.Administration;
using TrivselsBot.Cards;
using TrivselsBot.Chat;
using TrivselsBot.Localization;
using TrivselsBot.Organisation;
using TrivselsBot.Scheduling;

namespace TrivselsBot.Summaries;

/// <summary>
/// "audit" in a 1:1 chat, for admins: the latest summary requests of the tenant — who, what, which team, when. Names as
/// stored with each entry; the ids only where no name was known (entries from before names were stored, an unknown team).
/// </summary>
public sealed class AuditCommand(SummaryAudit audit, IOptions<AdministrationOptions> administration) : IBotCommand
{
    private const int Shown = 20;

    public string Word(Language language) => "audit";

    public string Description(Language language) => language == Language.English
        ? "The latest summary requests (administrators only)."
        : "De seneste opslag i resuméer (kun for administratorer).";

    public async Task ExecuteAsync(Turn turn, string arguments, CancellationToken ct)
    {
        var tenant = turn.Activity.Conversation?.TenantId ?? turn.Activity.ChannelData?.Tenant?.Id;
        var isPersonal = turn.Activity.Conversation?.ConversationType is null or "personal";
        if (!isPersonal || tenant is null || !administration.Value.IsAdmin(turn.Activity.From?.AadObjectId))
        {
            await turn.ReplyAsync(turn.Language == Language.English
                ? "The audit log is for administrators, in a private chat with me."
                : "Loggen er kun for administratorer, i en privat chat med mig.", ct);
            return;
        }
        var entries = await audit.LatestAsync(tenant, Shown, ct);
        await turn.ReplyAsync(Card(turn.Language, entries), ct);
    }

    public static AdaptiveCard Card(Language language, IReadOnlyList<AuditEntry> entries)
    {
        var title = language == Language.English ? "Summary requests, newest first" : "Opslag i resuméer, nyeste først";
        var none = language == Language.English ? "Nobody has asked for a summary yet." : "Ingen har bedt om et resumé endnu.";
        var facts = entries.Select(e => new Fact(
            Copenhagen.LocalTime(e.At).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
            $"{e.WhoName ?? e.Who} · {e.What} · {e.TeamName ?? e.Team} · {e.Outcome}")).ToList();
        return new AdaptiveCard(
        [
            new TextBlock(title) { Size = TextSize.Medium, Weight = TextWeight.Bolder },
            facts.Count > 0 ? new FactSet(facts) : new TextBlock(none) { IsSubtle = true },
        ]);
    }
}
