namespace TrivselsBot.Summaries;

/// <summary>
/// What an audit entry is about. Stored by name, so the log stays machine-readable and the same in every language:
/// never rename a member (old rows would no longer be read), only add.
/// </summary>
public enum AuditWhat
{
    Summary,
    OrganisationSummary,
    SummarySentAfterClose,
    CsvOffered,
    CsvUpload,
    CsvDecline,
    TrioAgenda,
    TrioAgendaSent,
    TrioMinutes,
    TrioMinutesShared,
    TrioItem,
    Erasure,
    /// <summary>An anonymous reply to a pulse comment: who replied, for which team — never to which comment or writer.</summary>
    DialogueReply,
}

/// <summary>How an audited request ended. Stored by name like <see cref="AuditWhat"/>: never rename a member, only add.</summary>
public enum AuditResult
{
    Shown,
    ShownAsRoles,
    RefusedNotAViewer,
    RefusedOutsidePrivateChat,
    RefusedNotInTrio,
    RefusedNoOrganisationRole,
    RefusedOutdatedCard,
    RefusedAddressOutsideSharePoint,
    Requested,
    Offered,
    Uploaded,
    UploadFailed,
    UploadNoAnswer,
    UploadCutOff,
    NotSentAlreadyUploaded,
    NotSentBeingUploaded,
    NotSentFailedBefore,
    NotSentDeclinedBefore,
    Declined,
    DeclinedTooLate,
    SentToTrioMembers,
    PostedToTrioChat,
    SentToLeaders,
    Shared,
    AlreadyShared,
    ShareFailed,
    Edited,
    Withdrawn,
    Reopened,
    Started,
    Completed,
    /// <summary>Queued for the next batch delivery.</summary>
    Queued,
}

/// <summary>
/// An outcome with its figures: <see cref="Count"/> people reached, teams shown or an HTTP status; <see cref="Of"/> the
/// whole the count is part of; <see cref="Roles"/> the organisation roles a roll-up was shown under.
/// </summary>
public sealed record AuditOutcome(AuditResult Result, int? Count = null, int? Of = null, string? Roles = null)
{
    public static AuditOutcome Shown { get; } = new(AuditResult.Shown);
    public static AuditOutcome RefusedNotAViewer { get; } = new(AuditResult.RefusedNotAViewer);
    public static AuditOutcome RefusedOutsidePrivateChat { get; } = new(AuditResult.RefusedOutsidePrivateChat);
    public static AuditOutcome RefusedNotInTrio { get; } = new(AuditResult.RefusedNotInTrio);
    public static AuditOutcome RefusedNoOrganisationRole { get; } = new(AuditResult.RefusedNoOrganisationRole);
    public static AuditOutcome RefusedOutdatedCard { get; } = new(AuditResult.RefusedOutdatedCard);
    public static AuditOutcome RefusedAddressOutsideSharePoint { get; } = new(AuditResult.RefusedAddressOutsideSharePoint);
    public static AuditOutcome Requested { get; } = new(AuditResult.Requested);
    public static AuditOutcome Offered { get; } = new(AuditResult.Offered);
    public static AuditOutcome Uploaded { get; } = new(AuditResult.Uploaded);
    public static AuditOutcome UploadNoAnswer { get; } = new(AuditResult.UploadNoAnswer);
    public static AuditOutcome UploadCutOff { get; } = new(AuditResult.UploadCutOff);
    public static AuditOutcome NotSentAlreadyUploaded { get; } = new(AuditResult.NotSentAlreadyUploaded);
    public static AuditOutcome NotSentBeingUploaded { get; } = new(AuditResult.NotSentBeingUploaded);
    public static AuditOutcome NotSentFailedBefore { get; } = new(AuditResult.NotSentFailedBefore);
    public static AuditOutcome NotSentDeclinedBefore { get; } = new(AuditResult.NotSentDeclinedBefore);
    public static AuditOutcome Declined { get; } = new(AuditResult.Declined);
    public static AuditOutcome DeclinedTooLate { get; } = new(AuditResult.DeclinedTooLate);
    public static AuditOutcome PostedToTrioChat { get; } = new(AuditResult.PostedToTrioChat);
    public static AuditOutcome Shared { get; } = new(AuditResult.Shared);
    public static AuditOutcome AlreadyShared { get; } = new(AuditResult.AlreadyShared);
    public static AuditOutcome Edited { get; } = new(AuditResult.Edited);
    public static AuditOutcome Withdrawn { get; } = new(AuditResult.Withdrawn);
    public static AuditOutcome Reopened { get; } = new(AuditResult.Reopened);
    public static AuditOutcome Started { get; } = new(AuditResult.Started);
    public static AuditOutcome Completed { get; } = new(AuditResult.Completed);
    public static AuditOutcome Queued { get; } = new(AuditResult.Queued);

    public static AuditOutcome ShownAsRoles(string roles, int shownTeams, int teams) => new(AuditResult.ShownAsRoles, shownTeams, teams, roles);

    /// <param name="status">The HTTP status OneDrive answered.</param>
    public static AuditOutcome UploadFailed(int status) => new(AuditResult.UploadFailed, status);

    public static AuditOutcome SentToTrioMembers(int members) => new(AuditResult.SentToTrioMembers, members);

    public static AuditOutcome SentToLeaders(int leaders) => new(AuditResult.SentToLeaders, leaders);

    /// <param name="status">The HTTP status Teams answered, when it answered.</param>
    public static AuditOutcome ShareFailed(int? status) => new(AuditResult.ShareFailed, status);
}
