namespace TrivselsBot.CheckIns.Delivery;

/// <summary>
/// What one fan-out did. <see cref="SkippedAlreadyDone"/>: sent or unreachable in an earlier run. <see cref="Failed"/>:
/// left Failed, by this run or earlier ones that used up the attempts. <see cref="ClaimedElsewhere"/>: being sent by
/// another run right now. <see cref="NotInstalled"/>: no chat, and Graph could not install the app for them.
/// </summary>
public sealed record FanOutReport(int Sent, int SkippedAlreadyDone, int Unreachable, int Failed, int ClaimedElsewhere, int NotInstalled, TimeSpan Elapsed);
