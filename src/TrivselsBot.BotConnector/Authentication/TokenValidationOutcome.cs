using System.Security.Claims;

namespace TrivselsBot.BotConnector;

/// <summary>
/// The verdict on an inbound request. Invalid answers 401, forbidden answers 403;
/// <see cref="FailureReason"/> is for logs, never for the response body.
/// </summary>
public sealed class TokenValidationOutcome
{
    private TokenValidationOutcome(bool isValid, bool isForbidden, string? failureReason, ClaimsIdentity? identity)
    {
        IsValid = isValid;
        IsForbidden = isForbidden;
        FailureReason = failureReason;
        Identity = identity;
    }

    public bool IsValid { get; }
    public bool IsForbidden { get; }
    public string? FailureReason { get; }
    public ClaimsIdentity? Identity { get; }

    public static TokenValidationOutcome Valid(ClaimsIdentity identity) => new(true, false, null, identity);

    public static TokenValidationOutcome Invalid(string reason) => new(false, false, reason, null);

    public static TokenValidationOutcome Forbidden(string reason, ClaimsIdentity? identity) => new(false, true, reason, identity);
}
