using System.Text.Json;

namespace TrivselsBot.Chat;

/// <summary>Handles an Action.Submit whose data carries {"action": Name}. Inputs arrive as strings beside it.</summary>
public interface ICardAction
{
    string Name { get; }

    Task HandleAsync(Turn turn, JsonElement value, CancellationToken ct);
}
