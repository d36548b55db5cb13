namespace TrivselsBot.CheckIns.Delivery;

/// <summary>
/// Where a team's delivery of one kind stands: <see cref="Pending"/> = roster members with no final row yet;
/// <see cref="NotInstalled"/> = members Graph could not install the app for.
/// </summary>
public sealed record FanOutProgress(int Sent, int Pending, int Unreachable, int Failed, int NotInstalled);
