namespace TrivselsBot.Trio;

/// <summary>
/// Something on the TRIO's table: a point a member raised, a decision, or an action with an owner and a due date.
/// <see cref="Meeting"/> is the meeting whose agenda it came from; done and "send til MED" remember theirs, so the
/// minutes of a meeting can say what happened in it. A withdrawn item ("Fjern") stays stored, with who withdrew it and
/// when, but is gone from agendas, reminders, minutes and the MED roll-up.
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
    public DateTimeOffset? WithdrawnAt { get; init; }
    public string? WithdrawnByAadObjectId { get; init; }
    /// <summary>The TRIO role(s) of the member who withdrew it, as they were then.</summary>
    public IReadOnlyList<TrioRole> WithdrawnByRoles { get; init; } = [];
    public string ETag { get; init; } = "*";

    /// <summary>A point a member raised for <paramref name="meeting"/>.</summary>
    public static TrioItem Point(string id, string text, DateOnly meeting, DateTimeOffset now) =>
        new() { Id = id, Kind = TrioItemKind.Point, Text = text.Trim(), Meeting = meeting, CreatedAt = now };

    public bool IsWithdrawn => WithdrawnAt is not null;

    public bool IsOpen => DoneInMeeting is null && Kind != TrioItemKind.Decision && !IsWithdrawn;

    /// <summary>
    /// What a card showed of the item: it changes when a person changes the item (not when a reminder is noted, as the
    /// ETag does), so a card acted on after someone else's change can be told from a double click.
    /// </summary>
    public string Version => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(
        string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{Text}\n{OwnerAadObjectId}\n{Due:yyyy-MM-dd}\n{DoneInMeeting:yyyy-MM-dd}\n{SentToMedInMeeting:yyyy-MM-dd}\n{WithdrawnAt?.UtcTicks}"))))[..16];

    public bool IsOverdue(DateOnly today) => IsOpen && Due is { } due && due < today;
}

public enum TrioItemKind { Point, Decision, Action }
