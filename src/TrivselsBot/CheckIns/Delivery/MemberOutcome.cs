namespace TrivselsBot.CheckIns.Delivery;

/// <summary>What one run did for one member.</summary>
internal enum MemberOutcome
{
    Sent,
    AlreadyDone,
    Unreachable,
    NotInstalled,
    Failed,
    ClaimedElsewhere,
}
