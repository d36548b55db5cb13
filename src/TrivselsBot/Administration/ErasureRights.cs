using Microsoft.Extensions.Options;
using TrivselsBot.Setup;
using TrivselsBot.Teams;

namespace TrivselsBot.Administration;

/// <summary>
/// Who may erase a team's data: a configured administrator, or an owner of the team on its roster right now. A group chat
/// has no owners in Teams' sense, so there only an administrator may.
/// </summary>
public sealed class ErasureRights(TeamRoster roster, IOptions<AdministrationOptions> administration)
{
    public async Task<ErasureRight> CheckAsync(TeamRef team, BotConnector.Activity activity, CancellationToken ct)
    {
        var aadObjectId = activity.From?.AadObjectId;
        if (aadObjectId is null) return ErasureRight.Refused;
        if (administration.Value.IsAdmin(aadObjectId)) return ErasureRight.Allowed;
        if (activity.ChannelData?.Team?.Id is not { Length: > 0 }) return ErasureRight.Refused;
        var serviceUrl = activity.ServiceUrl!;
        var members = await roster.GetMembersAsync(serviceUrl, team.ConversationId, ct);
        if (members is null) return ErasureRight.RosterUnavailable;
        var owner = members.Any(m => string.Equals(m.AadObjectId, aadObjectId, StringComparison.OrdinalIgnoreCase)
            && string.Equals(m.UserRole, "owner", StringComparison.OrdinalIgnoreCase));
        return owner ? ErasureRight.Allowed : ErasureRight.Refused;
    }
}

public enum ErasureRight { Allowed, Refused, RosterUnavailable }
