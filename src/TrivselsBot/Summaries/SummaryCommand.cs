using TrivselsBot.Cards;
using TrivselsBot.Chat;
using TrivselsBot.Localization;
using TrivselsBot.Organisation;
using TrivselsBot.Setup;

namespace TrivselsBot.Summaries;

/// <summary>
/// "resumé" / "summary" in a 1:1 chat: the summary card of the team the person leads or is in the TRIO of, never a
/// figure under k. Someone who may see several teams chooses one on a card, or names it: "resumé &lt;part of the name&gt;".
/// Asked in a channel, it points to the private chat so the team's numbers are not posted there.
/// Every request is written to the audit table, also the refused ones. "resumé organisation" is the organisation roll-up.
/// </summary>
public sealed class SummaryCommand(SummaryViewers viewers, TeamSummaryReply reply, SummaryAudit audit, OrganisationSummaryRequest organisation) : IBotCommand
{
    public string Word(Language language) => language == Language.English ? "summary" : "resumé";

    public string Description(Language language) => SummaryCommandTexts.For(language).Description;

    public async Task ExecuteAsync(Turn turn, string arguments, CancellationToken ct)
    {
        if (OrganisationSummaryRequest.Asks(arguments))
        {
            await organisation.ExecuteAsync(turn, ct);
            return;
        }
        var t = SummaryCommandTexts.For(turn.Language);
        var activity = turn.Activity;
        var tenant = activity.Conversation?.TenantId ?? activity.ChannelData?.Tenant?.Id;
        var who = activity.From?.AadObjectId;
        var names = new AuditNames(activity.From?.Name, null);
        if (activity.Conversation?.ConversationType is not (null or "personal"))
        {
            if (tenant is not null && who is not null) await audit.RecordAsync(tenant, who, AuditWhat.Summary, activity.Conversation.Id ?? "-", AuditOutcome.RefusedOutsidePrivateChat, names, ct);
            await turn.ReplyAsync(t.OnlyInPrivate, ct);
            return;
        }
        if (tenant is null || who is null)
        {
            await turn.ReplyAsync(t.NotALeader, ct);
            return;
        }

        var candidates = await viewers.CandidatesAsync(tenant, who, ct);
        var named = Named(candidates, arguments);
        if (arguments.Length > 0 && named.Count == 0 && candidates.Count > 0) await turn.ReplyAsync(t.NoTeamNamed(Shortened(arguments)), ct);
        var teams = await viewers.StillInAsync(named.Count > 0 ? named : candidates, who, ct);
        if (teams.Count == 0)
        {
            await audit.RecordAsync(tenant, who, AuditWhat.Summary, "-", AuditOutcome.RefusedNotAViewer, names, ct);
            await turn.ReplyAsync(t.NotALeader, ct);
            return;
        }
        if (teams.Count == 1)
        {
            await reply.SendAsync(turn, teams[0], who, ct);
            return;
        }
        var choices = teams.Select(s => new Choice(s.Name.Length > 0 ? s.Name : t.YourTeam, s.Team.ConversationId)).OrderBy(c => c.Title, StringComparer.CurrentCultureIgnoreCase).ToList();
        await turn.ReplyAsync(SummaryTeamChoiceCard.Build(turn.Language, choices), ct);
    }

    /// <summary>The teams a "resumé &lt;name&gt;" points to: the one named exactly, else every team with the words in its name.</summary>
    private static List<TeamSetup> Named(IReadOnlyList<TeamSetup> teams, string part)
    {
        if (part.Length == 0) return [];
        var exact = teams.Where(s => string.Equals(s.Name.Trim(), part, StringComparison.OrdinalIgnoreCase)).ToList();
        return exact.Count == 1 ? exact : [.. teams.Where(s => s.Name.Contains(part, StringComparison.OrdinalIgnoreCase))];
    }

    /// <summary>What the person wrote, echoed back no longer than a team name could be.</summary>
    private static string Shortened(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
