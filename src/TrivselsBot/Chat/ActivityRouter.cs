using System.Text.Json;
using TrivselsBot.BotConnector;
using TrivselsBot.Localization;
using TrivselsBot.Teams;

namespace TrivselsBot.Chat;

/// <summary>Sends each inbound activity to the use that owns it. Stays thin on purpose.</summary>
public sealed class ActivityRouter(
    CommandRouter commands,
    IEnumerable<ICardAction> cardActions,
    IEnumerable<IInvokeHandler> invokeHandlers,
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
            case ActivityTypes.Invoke:
                await OnInvokeAsync(activity, ct);
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

        if (message.Value is { ValueKind: JsonValueKind.Object } value)
        {
            await OnCardActionAsync(message, value, ct);
            return;
        }

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

    private async Task OnInvokeAsync(Activity invoke, CancellationToken ct)
    {
        var handler = invokeHandlers.FirstOrDefault(h => h.Name == invoke.Name);
        if (handler is null)
        {
            log.LogDebug("Ignored invoke {Name}", invoke.Name);
            return;
        }
        var turn = new Turn(invoke, LanguageExtensions.FromLocale(invoke.Locale), connector);
        try
        {
            await handler.HandleAsync(turn, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            // Teams shows only a generic error for a failed invoke (and may send it again): say it in the chat, answer 200.
            log.LogError(e, "Answering invoke {Name} failed", invoke.Name);
            await turn.ReplyAsync(turn.Texts.SomethingWentWrong, ct);
        }
    }

    private async Task OnCardActionAsync(Activity message, JsonElement value, CancellationToken ct)
    {
        var turn = new Turn(message, LanguageExtensions.FromLocale(message.Locale), connector);
        var name = value.TryGetProperty("action", out var action) && action.ValueKind == JsonValueKind.String ? action.GetString() : null;
        var handler = cardActions.FirstOrDefault(a => a.Name == name);
        if (handler is null)
        {
            log.LogInformation("Card action {Action} is unknown", name);
            await turn.ReplyAsync(turn.Texts.UnknownCardAction, ct);
            return;
        }
        await handler.HandleAsync(turn, value, ct);
    }
}
