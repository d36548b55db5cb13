using TrivselsBot.BotConnector;
using TrivselsBot.Chat;
using TrivselsBot.Teams;

namespace TrivselsBot.Setup;

/// <summary>
/// What opening and saving the setup card both check first: that this is a team or group chat, that its roster can
/// be read, and that the person may change its setup. Answers the user itself when not.
/// </summary>
public sealed class SetupGate(TeamSetupStore setups, TeamRoster roster)
{
    public async Task<SetupContext?> EnterAsync(Turn turn, CancellationToken ct)
    {
        var t = SetupTexts.For(turn.Language);
        if (TeamContext.From(turn.Activity) is not { } team)
        {
            await turn.ReplyAsync(t.OnlyInTeams, ct);
            return null;
        }
        var members = await roster.GetMembersAsync(turn.Activity.ServiceUrl!, team.ConversationId, ct);
        if (members is null)
        {
            await turn.ReplyAsync(t.RosterUnavailable, ct);
            return null;
        }
        var existing = await setups.GetAsync(team, ct);
        if (!SetupPermissions.MayChange(existing, turn.Activity.From?.AadObjectId, members))
        {
            await turn.ReplyAsync(t.NotAllowed, ct);
            return null;
        }
        return new SetupContext(team, members, existing);
    }
}

public sealed record SetupContext(TeamRef Team, IReadOnlyList<TeamsChannelAccount> Members, TeamSetup? Existing);
