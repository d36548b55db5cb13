using TrivselsBot.Chat;
using TrivselsBot.Localization;

namespace TrivselsBot.CheckIns;

/// <summary>
/// "pause" stops the pulses for the person writing until "start". A paused person still counts in the team's roster,
/// as someone who has not answered. Only in a 1:1 chat: a channel is no place to opt out.
/// </summary>
public sealed class PauseCommand(PausedMembers paused, bool pause) : IBotCommand
{
    public string Word(Language language) => pause ? PauseTexts.For(language).PauseWord : PauseTexts.For(language).StartWord;

    public string Description(Language language) => pause ? PauseTexts.For(language).PauseDescription : PauseTexts.For(language).StartDescription;

    public async Task ExecuteAsync(Turn turn, string arguments, CancellationToken ct)
    {
        var t = PauseTexts.For(turn.Language);
        var activity = turn.Activity;
        var tenant = activity.Conversation?.TenantId ?? activity.ChannelData?.Tenant?.Id;
        if (activity.Conversation?.ConversationType is not (null or "personal") || tenant is null || activity.From?.AadObjectId is not { Length: > 0 } aad)
        {
            await turn.ReplyAsync(t.OnlyInPersonalChat, ct);
            return;
        }
        if (pause) await paused.PauseAsync(tenant, aad, ct);
        else await paused.ResumeAsync(tenant, aad, ct);
        await turn.ReplyAsync(pause ? t.Paused : t.Resumed, ct);
    }
}
