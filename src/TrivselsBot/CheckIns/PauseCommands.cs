using TrivselsBot.Chat;
using TrivselsBot.Localization;

namespace TrivselsBot.CheckIns;

/// <summary>"pause": no more pulses for this person until "start". They still count in the team's response rate.</summary>
public sealed class PauseCommand(PausedMembers paused) : IBotCommand
{
    public string Word(Language language) => PauseTexts.For(language).PauseWord;

    public string Description(Language language) => PauseTexts.For(language).PauseDescription;

    public async Task ExecuteAsync(Turn turn, string arguments, CancellationToken ct)
    {
        var t = PauseTexts.For(turn.Language);
        if (PersonalCaller.Of(turn) is not { } caller)
        {
            await turn.ReplyAsync(t.OnlyInPersonalChat, ct);
            return;
        }
        await paused.PauseAsync(caller.Tenant, caller.AadObjectId, ct);
        await turn.ReplyAsync(t.Paused, ct);
    }
}

public sealed class StartCommand(PausedMembers paused) : IBotCommand
{
    public string Word(Language language) => PauseTexts.For(language).StartWord;

    public string Description(Language language) => PauseTexts.For(language).StartDescription;

    public async Task ExecuteAsync(Turn turn, string arguments, CancellationToken ct)
    {
        var t = PauseTexts.For(turn.Language);
        if (PersonalCaller.Of(turn) is not { } caller)
        {
            await turn.ReplyAsync(t.OnlyInPersonalChat, ct);
            return;
        }
        await paused.ResumeAsync(caller.Tenant, caller.AadObjectId, ct);
        await turn.ReplyAsync(t.Resumed, ct);
    }
}

internal static class PersonalCaller
{
    /// <summary>Tenant and Entra id of the person writing in a 1:1 chat; null elsewhere (a channel is no place to opt out).</summary>
    public static (string Tenant, string AadObjectId)? Of(Turn turn)
    {
        var activity = turn.Activity;
        if (activity.Conversation?.ConversationType is not (null or "personal")) return null;
        var tenant = activity.Conversation?.TenantId ?? activity.ChannelData?.Tenant?.Id;
        return tenant is null || activity.From?.AadObjectId is not { Length: > 0 } aad ? null : (tenant, aad);
    }
}
