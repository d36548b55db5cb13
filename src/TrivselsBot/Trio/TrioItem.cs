namespace TrivselsBot.Trio;

/// <summary>
/// Something on the TRIO's table: a point a member raised, a decision, or an action with an owner and a due date.
/// <see cref="Meeting"/> is the meeting whose agenda it came from; done and "send til MED" remember theirs, so the
/// minutes of a meeting can say what happened in it.
/// </summary>
public sealed record TrioItem
{
    public const int MaxTextLength = 1000;

    public required string Id { get; init; }
    public required TrioItemKind Kind { get; init; }
    public required string Text { get; init; }
    public required DateOnly Meeting { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public string? OwnerAadObjectId { get; init; }
    public string? OwnerUserId { get; init; }
    public string? OwnerName { get; init; }
    public DateOnly? Due { get; init; }
    public DateOnly? DoneInMeeting { get; init; }
    public DateOnly? SentToMedInMeeting { get; init; }
    /// <summary>The owner was reminded that the action is due soon.</summary>
    public bool RemindedDueSoon { get; init; }
    /// <summary>The ISO week ("2026-W48") the owner was last reminded that the action is overdue: at most once a week.</summary>
    public string? RemindedOverdueWeek { get; init; }
    public string ETag { get; init; } = "*";

    /// <summary>A point a member raised for <paramref name="meeting"/>.</summary>
    public static TrioItem Point(string id, string text, DateOnly meeting, DateTimeOffset now) =>
        new() { Id = id, Kind = TrioItemKind.Point, Text = text.Trim(), Meeting = meeting, CreatedAt = now };

    public bool IsOpen => DoneInMeeting is null && Kind != TrioItemKind.Decision;

    public bool IsOverdue(DateOnly today) => IsOpen && Due is { } due && due < today;
}

public enum TrioItemKind { Point, Decision, Action }
