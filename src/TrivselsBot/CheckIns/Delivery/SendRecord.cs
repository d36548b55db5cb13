using Azure;

namespace TrivselsBot.CheckIns.Delivery;

/// <summary>One member's delivery of one kind in one period. <see cref="Member"/> is the person's pseudonym.</summary>
public sealed record SendRecord(
    string Partition, string Member, SendStatus Status, int Attempts, string? ErrorCode, DateTimeOffset? ClaimedAt, ETag ETag)
{
    /// <summary>What a run does without claiming the member, or null when it should claim it.</summary>
    internal MemberOutcome? Skip(DateTimeOffset now, DeliveryOptions options) => Status switch
    {
        SendStatus.Sent or SendStatus.Unreachable or SendStatus.NotInstalled => MemberOutcome.AlreadyDone,
        _ when Attempts >= options.MaxAttempts => MemberOutcome.Failed,
        SendStatus.Sending when now - ClaimedAt < options.StaleClaimAfter => MemberOutcome.ClaimedElsewhere,
        _ => null,
    };
}
