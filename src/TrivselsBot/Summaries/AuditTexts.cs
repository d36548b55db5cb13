using TrivselsBot.Localization;

namespace TrivselsBot.Summaries;

/// <summary>The audit log as an administrator reads it, Danish first: what each code means, and the card around it.</summary>
public sealed record AuditTexts
{
    public required string Description { get; init; }
    public required string OnlyForAdmins { get; init; }
    public required string Title { get; init; }
    public required string None { get; init; }
    public required IReadOnlyDictionary<AuditWhat, string> Whats { get; init; }
    public required Func<AuditOutcome, string> Outcome { get; init; }

    public static AuditTexts For(Language language) => language == Language.English ? English : Danish;

    /// <summary>What the entry is about in words; an entry from before the codes shows as it was stored.</summary>
    public string What(AuditEntry entry) => entry.KnownWhat is { } what ? Whats[what] : entry.What;

    /// <summary>How the entry ended in words; an entry from before the codes shows as it was stored.</summary>
    public string OutcomeOf(AuditEntry entry) => entry.KnownOutcome is { } outcome ? Outcome(outcome) : entry.Outcome;

    public static AuditTexts Danish { get; } = new()
    {
        Description = "Loggen over hvem der har set eller gjort hvad med teamenes data (kun for administratorer).",
        OnlyForAdmins = "Loggen er kun for administratorer, i en privat chat med mig.",
        Title = "Log over opslag og handlinger, nyeste først",
        None = "Loggen er tom: ingen har set eller gjort noget endnu.",
        Whats = new Dictionary<AuditWhat, string>
        {
            [AuditWhat.Summary] = "resumé",
            [AuditWhat.OrganisationSummary] = "resumé for organisationen",
            [AuditWhat.SummarySentAfterClose] = "ugens resumé (automatisk)",
            [AuditWhat.CsvOffered] = "regneark bestilt",
            [AuditWhat.CsvUpload] = "regneark accepteret",
            [AuditWhat.CsvDecline] = "regneark afslået",
            [AuditWhat.TrioAgenda] = "TRIO-dagsorden",
            [AuditWhat.TrioAgendaSent] = "TRIO-dagsorden (automatisk)",
            [AuditWhat.TrioMinutes] = "TRIO-referat",
            [AuditWhat.TrioMinutesShared] = "TRIO-referat til teamet",
            [AuditWhat.TrioItem] = "TRIO-punkt",
            [AuditWhat.Erasure] = "sletning af team",
            [AuditWhat.DialogueReply] = "anonymt svar på en kommentar",
        },
        Outcome = o => o.Result switch
        {
            AuditResult.Shown => "vist",
            AuditResult.ShownAsRoles => $"vist som {o.Roles}: {o.Count} af {o.Of} teams",
            AuditResult.RefusedNotAViewer => "afvist: hverken leder af eller med i TRIO'en for et af personens teams",
            AuditResult.RefusedOutsidePrivateChat => "afvist: spurgt uden for en privat chat",
            AuditResult.RefusedNotInTrio => "afvist: ikke med i en TRIO her",
            AuditResult.RefusedNoOrganisationRole => "afvist: har ingen rolle i organisationen (HR, MED, AMO)",
            AuditResult.RefusedOutdatedCard => "afvist: for gammelt filkort",
            AuditResult.RefusedAddressOutsideSharePoint => "afvist: en adresse uden for SharePoint",
            AuditResult.Requested => "modtaget, men ikke afsluttet",
            AuditResult.Offered => "filkort sendt",
            AuditResult.Uploaded => "gemt i personens OneDrive",
            AuditResult.UploadFailed => $"fejlede: OneDrive svarede {o.Count}",
            AuditResult.UploadNoAnswer => "fejlede: intet svar fra OneDrive",
            AuditResult.UploadCutOff => "fejlede: afbrudt undervejs",
            AuditResult.NotSentAlreadyUploaded => "ikke sendt igen: allerede gemt",
            AuditResult.NotSentBeingUploaded => "ikke sendt igen: var ved at blive gemt",
            AuditResult.NotSentFailedBefore => "ikke sendt: det fejlede første gang",
            AuditResult.NotSentDeclinedBefore => "ikke sendt: der var sagt nej tak tidligere",
            AuditResult.Declined => "intet sendt",
            AuditResult.DeclinedTooLate => "for sent: filen var allerede gemt",
            AuditResult.SentToTrioMembers => o.Count == 1 ? "sendt til 1 TRIO-medlem" : $"sendt til {o.Count} TRIO-medlemmer",
            AuditResult.PostedToTrioChat => "sendt i TRIO-chatten",
            AuditResult.SentToLeaders => o.Count == 1 ? "sendt til 1 leder" : $"sendt til {o.Count} ledere",
            AuditResult.Shared => "delt",
            AuditResult.AlreadyShared => "ikke delt igen: allerede delt",
            AuditResult.ShareFailed => o.Count is { } status ? $"fejlede: Teams svarede {status}" : "fejlede: intet svar fra Teams",
            AuditResult.Edited => "rettet",
            AuditResult.Withdrawn => "fjernet",
            AuditResult.Reopened => "genåbnet",
            AuditResult.Started => "startet",
            AuditResult.Completed => "gennemført",
            AuditResult.Queued => "sendes ved næste udsendelse",
            _ => o.Result.ToString(),
        },
    };

    public static AuditTexts English { get; } = new()
    {
        Description = "The log of who saw or did what with the teams' data (administrators only).",
        OnlyForAdmins = "The audit log is for administrators, in a private chat with me.",
        Title = "Log of requests and actions, newest first",
        None = "The log is empty: nobody has seen or done anything yet.",
        Whats = new Dictionary<AuditWhat, string>
        {
            [AuditWhat.Summary] = "summary",
            [AuditWhat.OrganisationSummary] = "organisation summary",
            [AuditWhat.SummarySentAfterClose] = "week's summary (automatic)",
            [AuditWhat.CsvOffered] = "spreadsheet asked for",
            [AuditWhat.CsvUpload] = "spreadsheet accepted",
            [AuditWhat.CsvDecline] = "spreadsheet declined",
            [AuditWhat.TrioAgenda] = "TRIO agenda",
            [AuditWhat.TrioAgendaSent] = "TRIO agenda (automatic)",
            [AuditWhat.TrioMinutes] = "TRIO minutes",
            [AuditWhat.TrioMinutesShared] = "TRIO minutes for the team",
            [AuditWhat.TrioItem] = "TRIO item",
            [AuditWhat.Erasure] = "team erasure",
            [AuditWhat.DialogueReply] = "anonymous reply to a comment",
        },
        Outcome = o => o.Result switch
        {
            AuditResult.Shown => "shown",
            AuditResult.ShownAsRoles => $"shown as {o.Roles}: {o.Count} of {o.Of} teams",
            AuditResult.RefusedNotAViewer => "refused: neither leader nor in the TRIO of a team they are in",
            AuditResult.RefusedOutsidePrivateChat => "refused: asked outside a private chat",
            AuditResult.RefusedNotInTrio => "refused: not in a TRIO here",
            AuditResult.RefusedNoOrganisationRole => "refused: no organisation role (HR, MED, AMO)",
            AuditResult.RefusedOutdatedCard => "refused: file card too old",
            AuditResult.RefusedAddressOutsideSharePoint => "refused: an address outside SharePoint",
            AuditResult.Requested => "received, never finished",
            AuditResult.Offered => "file card sent",
            AuditResult.Uploaded => "saved in their OneDrive",
            AuditResult.UploadFailed => $"failed: OneDrive answered {o.Count}",
            AuditResult.UploadNoAnswer => "failed: no answer from OneDrive",
            AuditResult.UploadCutOff => "failed: cut off on the way",
            AuditResult.NotSentAlreadyUploaded => "not sent again: already saved",
            AuditResult.NotSentBeingUploaded => "not sent again: being saved",
            AuditResult.NotSentFailedBefore => "not sent: it failed the first time",
            AuditResult.NotSentDeclinedBefore => "not sent: declined before",
            AuditResult.Declined => "nothing sent",
            AuditResult.DeclinedTooLate => "too late: the file was already saved",
            AuditResult.SentToTrioMembers => o.Count == 1 ? "sent to 1 TRIO member" : $"sent to {o.Count} TRIO members",
            AuditResult.PostedToTrioChat => "posted in the TRIO chat",
            AuditResult.SentToLeaders => o.Count == 1 ? "sent to 1 leader" : $"sent to {o.Count} leaders",
            AuditResult.Shared => "shared",
            AuditResult.AlreadyShared => "not shared again: already shared",
            AuditResult.ShareFailed => o.Count is { } status ? $"failed: Teams answered {status}" : "failed: no answer from Teams",
            AuditResult.Edited => "edited",
            AuditResult.Withdrawn => "withdrawn",
            AuditResult.Reopened => "reopened",
            AuditResult.Started => "started",
            AuditResult.Completed => "completed",
            AuditResult.Queued => "goes out with the next delivery",
            _ => o.Result.ToString(),
        },
    };
}
