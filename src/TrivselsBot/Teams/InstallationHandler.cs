using TrivselsBot.BotConnector;
using TrivselsBot.Localization;
using TrivselsBot.Privacy;
using Microsoft.Extensions.Options;

namespace TrivselsBot.Teams;

/// <summary>
/// Install and uninstall in personal, team and group chat scope. Teams (and the Playground on every page load)
/// repeats install events, so only the call that first stores the conversation sends the welcome.
/// </summary>
public sealed class InstallationHandler(
    ConversationReferences references,
    ConnectorClient connector,
    IOptions<PrivacyOptions> privacy,
    ILogger<InstallationHandler> log)
{
    public async Task HandleAsync(Activity activity, CancellationToken ct)
    {
        switch (Classify(activity))
        {
            case InstallEvent.Installed:
                await OnInstalledAsync(activity, ct);
                break;
            case InstallEvent.Uninstalled:
                await references.RemoveAsync(activity, ct);
                log.LogInformation("Bot removed from conversation; its stored reference was deleted");
                break;
        }
    }

    internal static InstallEvent Classify(Activity activity)
    {
        var botId = activity.Recipient?.Id;
        if (activity.Type == ActivityTypes.InstallationUpdate)
        {
            return activity.Action switch
            {
                "add" => InstallEvent.Installed,
                "remove" => InstallEvent.Uninstalled,
                _ => InstallEvent.None,
            };
        }
        if (activity.Type != ActivityTypes.ConversationUpdate || botId is null) return InstallEvent.None;
        if (activity.MembersAdded?.Any(m => m.Id == botId) == true) return InstallEvent.Installed;
        if (activity.MembersRemoved?.Any(m => m.Id == botId) == true) return InstallEvent.Uninstalled;
        return InstallEvent.None;
    }

    private async Task OnInstalledAsync(Activity activity, CancellationToken ct)
    {
        if (!await references.AddIfNewAsync(activity, ct)) return;

        var language = LanguageExtensions.FromLocale(activity.Locale);
        var welcome = Activity.CreateMessage();
        welcome.Locale = activity.Locale;
        welcome.Attachments = [Attachment.AdaptiveCard(WelcomeCard.Build(language, privacy.Value.MinimumGroupSize).ToJson())];
        var sent = await connector.SendToConversationAsync(activity.ServiceUrl!, activity.Conversation!.Id!, welcome, ct);
        if (!sent.Succeeded)
        {
            log.LogWarning("Welcome could not be sent ({Outcome}, HTTP {Status})", sent.Outcome, sent.StatusCode);
        }
    }
}

internal enum InstallEvent { None, Installed, Uninstalled }
