namespace TrivselsBot.Trio;

/// <summary>What happened at one meeting: what was decided, set going, finished and sent on to MED.</summary>
public sealed record TrioMinutes(
    DateOnly Meeting,
    IReadOnlyList<TrioItem> Decisions,
    IReadOnlyList<TrioItem> Actions,
    IReadOnlyList<TrioItem> Done,
    IReadOnlyList<TrioItem> ToMed)
{
    public bool IsEmpty => Decisions.Count + Actions.Count + Done.Count + ToMed.Count == 0;

    public static TrioMinutes Of(DateOnly meeting, IReadOnlyList<TrioItem> items) => new(
        meeting,
        [.. items.Where(i => i.Kind == TrioItemKind.Decision && i.Meeting == meeting)],
        [.. items.Where(i => i.Kind == TrioItemKind.Action && i.Meeting == meeting).OrderBy(i => i.Due)],
        [.. items.Where(i => i.DoneInMeeting == meeting)],
        [.. items.Where(i => i.SentToMedInMeeting == meeting)]);
}
