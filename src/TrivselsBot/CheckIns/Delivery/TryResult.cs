using TrivselsBot.BotConnector;

namespace TrivselsBot.CheckIns.Delivery;

/// <summary>How one try to reach a member ended: Sent, Unreachable or Failed, with the service's error code.</summary>
internal readonly record struct TryResult(SendStatus Status, string? ErrorCode)
{
    public static TryResult Of<T>(ConnectorResult<T> result) => result.Outcome switch
    {
        ConnectorOutcome.Success => new(SendStatus.Sent, null),
        ConnectorOutcome.Unreachable => new(SendStatus.Unreachable, result.ErrorCode ?? StatusCodeOf(result)),
        _ => new(SendStatus.Failed, result.ErrorCode ?? StatusCodeOf(result)),
    };

    private static string StatusCodeOf<T>(ConnectorResult<T> result) => result.StatusCode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "NoResponse";
}
