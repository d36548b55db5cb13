using TrivselsBot.BotConnector;
using TrivselsBot.Chat;
using TrivselsBot.Setup;
using TrivselsBot.Teams;

namespace TrivselsBot.Trio;

/// <summary>
/// What opening and saving the TRIO setup card both check: a team or group chat whose roster can be read, and a leader.
/// In a set-up team's own conversation the TRIO is that team's; in any other group chat (the TRIO's own chat) the
/// leader picks which of the teams they lead it is for, and agendas go to that chat.
/// </summary>
public sealed class TrioSetupGate(TeamSetupStore teams, TrioStore store, TeamRoster roster)
{
    public async Task<TrioSetupContext?> EnterAsync(Turn turn, CancellationToken ct)
    {
        var t = TrioTexts.For(turn.Language);
        var who = turn.Activity.From?.AadObjectId;
        if (TeamContext.From(turn.Activity) is not { } here)
        {
            await turn.ReplyAsync(t.SetupOnlyInTeams, ct);
            return null;
        }
        var members = await roster.GetMembersAsync(turn.Activity.ServiceUrl!, here.ConversationId, ct);
        if (members is null)
        {
            await turn.ReplyAsync(t.RosterUnavailable, ct);
            return null;
        }
        if (await teams.GetAsync(here, ct) is { } team)
        {
            if (team.IsLeader(who)) return new TrioSetupContext(here, members, [team], await store.GetSetupAsync(here, ct));
            await turn.ReplyAsync(t.SetupOnlyForLeaders, ct);
            return null;
        }

        var led = new List<TeamSetup>();
        await foreach (var setup in teams.AllAsync(ct))
        {
            if (setup.Team.TenantId == here.TenantId && setup.IsLeader(who)) led.Add(setup);
        }
        if (led.Count == 0)
        {
            await turn.ReplyAsync(t.SetupOnlyForLeaders, ct);
            return null;
        }
        TrioSetup? existing = null;
        await foreach (var trio in store.SetupsOfAsync(here.TenantId, aadObjectId: null, here.ConversationId, ct)) existing = trio;
        return new TrioSetupContext(here, members, led, existing);
    }
}

/// <summary>
/// Where the setup happens, who is in that conversation, the teams the TRIO may be for (one: the conversation's own
/// team; or those the leader leads, when this is the TRIO's own chat) and the TRIO set up here before.
/// </summary>
public sealed record TrioSetupContext(TeamRef Here, IReadOnlyList<TeamsChannelAccount> Members, IReadOnlyList<TeamSetup> Teams, TrioSetup? Existing)
{
    /// <summary>True in a set-up team's own conversation; false in a TRIO chat.</summary>
    public bool InTeamConversation => Teams.Count == 1 && Teams[0].Team == Here;
}
