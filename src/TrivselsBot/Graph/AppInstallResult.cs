namespace TrivselsBot.Graph;

public enum AppInstallOutcome
{
    /// <summary>The app is installed for the person (now or before) and <see cref="AppInstallResult.ChatId"/> is their chat with it.</summary>
    Ready,

    /// <summary>Graph refused for good (403: no permission or app blocked by policy; 404: no such user or app). Not worth repeating.</summary>
    CannotInstall,

    /// <summary>Anything else (throttled past the retry limits, 5xx, no answer); a later try may succeed.</summary>
    Failed,
}

/// <summary>How installing the app for one person ended, with Graph's error code when it did not.</summary>
public sealed record AppInstallResult(AppInstallOutcome Outcome, string? ChatId, string? ErrorCode)
{
    public static AppInstallResult Ready(string chatId) => new(AppInstallOutcome.Ready, chatId, null);

    public static AppInstallResult Failed(string errorCode) => new(AppInstallOutcome.Failed, null, errorCode);
}
