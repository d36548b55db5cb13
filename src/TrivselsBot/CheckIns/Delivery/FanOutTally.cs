namespace TrivselsBot.CheckIns.Delivery;

/// <summary>Counts member outcomes from parallel senders.</summary>
internal sealed class FanOutTally
{
    private readonly int[] _counts = new int[Enum.GetValues<MemberOutcome>().Length];

    public void Add(MemberOutcome outcome) => Interlocked.Increment(ref _counts[(int)outcome]);

    public FanOutReport ToReport(TimeSpan elapsed) => new(
        Count(MemberOutcome.Sent),
        Count(MemberOutcome.AlreadyDone),
        Count(MemberOutcome.Unreachable),
        Count(MemberOutcome.Failed),
        Count(MemberOutcome.ClaimedElsewhere),
        Count(MemberOutcome.NotInstalled),
        elapsed);

    private int Count(MemberOutcome outcome) => Volatile.Read(ref _counts[(int)outcome]);
}
