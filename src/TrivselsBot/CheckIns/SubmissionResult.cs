using System.Diagnostics.CodeAnalysis;

namespace TrivselsBot.CheckIns;

/// <summary>Either an answer that may be stored (<see cref="IsValid"/>), or the one reason it may not (<see cref="Error"/>).</summary>
public sealed record SubmissionResult
{
    private SubmissionResult()
    {
    }

    public PulseTicket? Ticket { get; private init; }

    /// <summary>Every question of the ticket, in ticket order: 1-5, or null for "vil ikke svare".</summary>
    public IReadOnlyDictionary<string, int?>? Scores { get; private init; }

    /// <summary>Trimmed and scrubbed of contact details and CPR numbers; null when left empty.</summary>
    public string? Comment { get; private init; }

    /// <summary>The writer ticked that the leader side may answer the comment anonymously; never true without a comment.</summary>
    public bool RepliesWelcome { get; private init; }

    public SubmissionErrorKind? Error { get; private init; }

    [MemberNotNullWhen(true, nameof(Ticket), nameof(Scores))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsValid => Error is null;

    public static SubmissionResult Valid(PulseTicket ticket, IReadOnlyDictionary<string, int?> scores, string? comment, bool repliesWelcome = false) =>
        new() { Ticket = ticket, Scores = scores, Comment = comment, RepliesWelcome = repliesWelcome && comment is not null };

    public static SubmissionResult Invalid(SubmissionErrorKind error) => new() { Error = error };
}

public enum SubmissionErrorKind
{
    /// <summary>The action data is not a pulse answer at all.</summary>
    NotAPulseAnswer,

    /// <summary>The ticket is missing, altered or signed with another key.</summary>
    TamperedTicket,

    /// <summary>The card was sent to someone else than the person answering.</summary>
    ForeignTicket,

    /// <summary>The ticket names a question the bank no longer has, or an input answers a question the ticket did not ask.</summary>
    UnknownQuestion,

    /// <summary>A question of the ticket was not answered.</summary>
    MissingAnswer,

    /// <summary>An answer is neither "1" to "5" nor <see cref="Questions.PulseScale.Decline"/>.</summary>
    ValueOutOfScale,

    /// <summary>The comment is longer than <see cref="PulseSubmission.MaximumCommentLength"/> characters.</summary>
    CommentTooLong,

    /// <summary>The team no longer uses TrivselsBot (its data was erased, or its setup removed) after the card was sent.</summary>
    TeamGone,
}
