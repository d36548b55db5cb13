using Microsoft.Extensions.Options;
using TrivselsBot.Administration;
using TrivselsBot.Chat;
using TrivselsBot.Summaries;

namespace TrivselsBot.Organisation;

/// <summary>
/// "resumé organisation" / "summary organisation" in a 1:1 chat, for a person with an organisation role in the tenant
/// (HR, MED, AMO): the roll-up of every team. Anyone else is refused politely. Every request is audited, refused too.
/// </summary>
public sealed class OrganisationSummaryRequest(
    OrganisationRollUp rollUp,
    SummaryAudit audit,
    IOptions<AdministrationOptions> administration,
    TimeProvider time)
{
    /// <summary>Whether the words after "resumé" ask for the organisation roll-up.</summary>
    public static bool Asks(string arguments) =>
        CommandRouter.Fold(arguments.Trim().TrimEnd('.', '!', '?')) is "organisation" or "organization";

    public async Task ExecuteAsync(Turn turn, CancellationToken ct)
    {
        var t = OrganisationTexts.For(turn.Language);
        var activity = turn.Activity;
        if (activity.Conversation?.ConversationType is not (null or "personal"))
        {
            await turn.ReplyAsync(t.OnlyInPrivate, ct);
            return;
        }
        var tenant = activity.Conversation?.TenantId ?? activity.ChannelData?.Tenant?.Id;
        var who = activity.From?.AadObjectId;
        var roles = administration.Value.RolesOf(tenant, who);
        if (tenant is null || who is null || roles.Count == 0)
        {
            if (tenant is not null && who is not null) await audit.RecordAsync(tenant, who, AuditWhat.OrganisationSummary, "-", AuditOutcome.RefusedNoOrganisationRole, ct);
            await turn.ReplyAsync(t.NoRole, ct);
            return;
        }

        var summary = await rollUp.BuildAsync(tenant, time.GetUtcNow(), ct);
        var asRoles = string.Join("/", roles.Select(r => r.ToString().ToUpperInvariant()));
        await audit.RecordAsync(tenant, who, AuditWhat.OrganisationSummary, "-", AuditOutcome.ShownAsRoles(asRoles, summary.ShownTeams, summary.Teams.Count), ct);
        if (summary.Teams.Count == 0)
        {
            await turn.ReplyAsync(t.NoTeams, ct);
            return;
        }
        await turn.ReplyAsync(OrganisationSummaryCard.Overview(turn.Language, summary), ct);
        foreach (var page in OrganisationSummaryCard.Teams(turn.Language, summary)) await turn.ReplyAsync(page, ct);
    }
}
