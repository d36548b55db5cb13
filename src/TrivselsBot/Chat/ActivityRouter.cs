using TrivselsBot.BotConnector;
using TrivselsBot.Localization;
using TrivselsBot.Teams;

namespace TrivselsBot.Chat;

/// <summary>Sends each inbound activity to the use that owns it. Stays thin on purpose.</summary>
public sealed class ActivityRouter(
    CommandRouter commands,
    InstallationHandler installations,
    ConversationReferences references,
    ConnectorClient connector,
    ILogger<ActivityRouter> log)
{
    public async Task HandleAsync(Activity activity, CancellationToken ct)
    {
        switch (activity.Type)
        {
            case ActivityTypes.Message:
                await OnMessageAsync(activity, ct);
                break;
            case ActivityTypes.ConversationUpdate:
            case ActivityTypes.InstallationUpdate:
                await installations.HandleAsync(activity, ct);
                break;
            default:
                log.LogDebug("Ignored activity of type {Type}", activity.Type);
                break;
        }
    }

    private async Task OnMessageAsync(Activity message, CancellationToken ct)
    {
        try
        {
            await AnswerAsync(message, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "Answering a message failed");
            var turn = new Turn(message, LanguageExtensions.FromLocale(message.Locale), connector);
            await turn.ReplyAsync(turn.Texts.SomethingWentWrong, ct);
        }
    }

    private async Task AnswerAsync(Activity message, CancellationToken ct)
    {
        await references.RememberAsync(message, ct);

        var match = commands.Match(message);
        if (match is not null)
        {
            await match.Command.ExecuteAsync(new Turn(message, match.Language, connector), match.Arguments, ct);
            return;
        }
        if (string.IsNullOrWhiteSpace(message.TextWithoutMentions())) return;

        var turn = new Turn(message, LanguageExtensions.FromLocale(message.Locale), connector);
        await turn.ReplyAsync(turn.Texts.UnknownCommand, ct);
    }
}
