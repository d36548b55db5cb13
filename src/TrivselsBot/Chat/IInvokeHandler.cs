namespace TrivselsBot.Chat;

/// <summary>Handles an invoke activity by its name (e.g. "fileConsent/invoke"); the HTTP answer to Teams is a plain 200.</summary>
public interface IInvokeHandler
{
    string Name { get; }

    Task HandleAsync(Turn turn, CancellationToken ct);
}
