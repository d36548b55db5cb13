using System.Text.Json;
using TrivselsBot.Chat;
using TrivselsBot.Setup;
using TrivselsBot.Teams;

namespace TrivselsBot.Trio;

/// <summary>A TRIO and the team it belongs to, as seen by one of its members.</summary>
public sealed record TrioScope(TrioSetup Trio, TeamSetup Team, TrioMember Member);

/// <summary>
/// Where TRIO agendas, items and minutes may be shown: a member's 1:1 chat, or the TRIO's own group chat while everyone
/// in it is in the TRIO (people are added to chats after setup, so Teams is asked each time). Only to TRIO members who
/// are still in the team. Anywhere else, and to anyone else, the answer is a polite no (given here, so each use only asks).
/// </summary>
public sealed class TrioAccess(TrioStore store, TeamSetupStore teams, TeamRoster roster)
{
    /// <summary>The TRIOs the person may work with here: all of theirs in a 1:1 chat, the chat's own TRIO in a group chat.</summary>
    public async Task<IReadOnlyList<TrioScope>> ForConversationAsync(Turn turn, CancellationToken ct)
    {
        var t = TrioTexts.For(turn.Language);
        var activity = turn.Activity;
        var tenant = activity.Conversation?.TenantId ?? activity.ChannelData?.Tenant?.Id;
        var who = activity.From?.AadObjectId;
        if (tenant is null || who is null)
        {
            await turn.ReplyAsync(t.NotAMember, ct);
            return [];
        }
        var personal = activity.Conversation?.ConversationType is null or "personal";
        var scopes = new List<TrioScope>();
        await foreach (var trio in store.SetupsOfAsync(tenant, who, chatConversationId: null, ct))
        {
            if (!personal && !IsTrioChat(trio, activity.Conversation!.Id)) continue;
            if (trio.Member(who) is { } member && await teams.GetAsync(trio.Team, ct) is { } team && await StillInTeamAsync(team, who, ct))
            {
                scopes.Add(new TrioScope(trio, team, member));
            }
        }
        if (!personal && scopes.Count > 0 && !await ChatHoldsOnlyTrioAsync(scopes[0].Trio, activity.ServiceUrl!, activity.Conversation!.Id!, ct))
        {
            await turn.ReplyAsync(t.OnlyForTrio, ct);
            return [];
        }
        if (scopes.Count == 0) await turn.ReplyAsync(personal ? t.NotAMember : t.OnlyForTrio, ct);
        return scopes;
    }

    /// <summary>The TRIO a card acts on (its data carries the team), if the person is in it and the card is where it may be.</summary>
    public async Task<TrioScope?> ForCardAsync(Turn turn, JsonElement value, CancellationToken ct)
    {
        var t = TrioTexts.For(turn.Language);
        var activity = turn.Activity;
        TeamRef? team = null;
        try
        {
            if (value.TryGetProperty("team", out var key) && key.ValueKind == JsonValueKind.String) team = TeamRef.FromKey(key.GetString()!);
        }
        catch (FormatException)
        {
            team = null;
        }
        var tenant = activity.Conversation?.TenantId ?? activity.ChannelData?.Tenant?.Id;
        var trio = team is not null && team.TenantId == tenant ? await store.GetSetupAsync(team, ct) : null;
        var personal = activity.Conversation?.ConversationType is null or "personal";
        if (trio?.Member(activity.From?.AadObjectId) is not { } member || !(personal || IsTrioChat(trio, activity.Conversation?.Id)) ||
            await teams.GetAsync(trio.Team, ct) is not { } teamSetup ||
            !await StillInTeamAsync(teamSetup, member.AadObjectId, ct) ||
            (!personal && !await ChatHoldsOnlyTrioAsync(trio, activity.ServiceUrl!, activity.Conversation!.Id!, ct)))
        {
            await turn.ReplyAsync(t.NotAMember, ct);
            return null;
        }
        return new TrioScope(trio, teamSetup, member);
    }

    /// <summary>True when everyone in the chat is a TRIO member now; false also when Teams cannot say.</summary>
    public async Task<bool> ChatHoldsOnlyTrioAsync(TrioSetup trio, string serviceUrl, string chat, CancellationToken ct) =>
        await roster.GetMembersAsync(serviceUrl, chat, ct) is { } members && members.All(m => trio.IsMember(m.AadObjectId));

    /// <summary>The TRIO members still on the team's roster: one who left the team sees nothing of it any more.</summary>
    public async Task<IReadOnlyList<TrioMember>> MembersStillInTeamAsync(TrioSetup trio, TeamSetup team, CancellationToken ct)
    {
        var members = await roster.GetMembersAsync(team.ServiceUrl, team.Team.ConversationId, ct) ?? [];
        return [.. trio.Members.Where(t => members.Any(m => string.Equals(m.AadObjectId, t.AadObjectId, StringComparison.OrdinalIgnoreCase)))];
    }

    private Task<bool> StillInTeamAsync(TeamSetup team, string aadObjectId, CancellationToken ct) =>
        roster.IncludesAsync(team.ServiceUrl, team.Team.ConversationId, aadObjectId, ct);

    private static bool IsTrioChat(TrioSetup trio, string? conversationId) =>
        trio.Destination == TrioDestination.GroupChat && trio.ChatConversationId is { } chat && chat == conversationId;
}
