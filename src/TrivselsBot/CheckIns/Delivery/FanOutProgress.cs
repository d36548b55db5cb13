namespace TrivselsBot.CheckIns.Delivery;

/// <summary>Where a team's delivery of one kind stands: <see cref="Pending"/> = roster members with no final row yet.</summary>
public sealed record FanOutProgress(int Sent, int Pending, int Unreachable, int Failed);
