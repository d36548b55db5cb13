using TrivselsBot.Localization;

namespace TrivselsBot.CheckIns;

/// <summary>Every sentence of the weekly pulse, in one language. Danish first; plain words a busy social worker reads at a glance.</summary>
public sealed record PulseTexts
{
    public required Func<int, string> Title { get; init; }
    public required Func<string, string> ForTeam { get; init; }
    public required string Intro { get; init; }
    public required string ReminderIntro { get; init; }
    public required string Anonymity { get; init; }
    public required IReadOnlyDictionary<int, string> ScaleLabels { get; init; }
    public required string Decline { get; init; }
    public required string ChooseOneAnswer { get; init; }
    public required string AnswerRequired { get; init; }
    public required string CommentLabel { get; init; }
    public required string CommentHint { get; init; }
    public required string CommentReaders { get; init; }
    public required string ReplyOptIn { get; init; }
    public required string Send { get; init; }
    public required string ThanksTitle { get; init; }
    public required Func<int, int, int, string> ResponseRate { get; init; }
    public required Func<int, string> ResponseRateHidden { get; init; }
    public required string AlreadyReceivedTitle { get; init; }
    public required Func<int, string> AlreadyReceived { get; init; }
    public required Func<int, string> PeriodClosedTitle { get; init; }
    public required string PeriodClosed { get; init; }
    public required string ProblemTitle { get; init; }
    public required Func<SubmissionErrorKind, string> Problem { get; init; }

    public static PulseTexts For(Language language) => language == Language.English ? English : Danish;

    public static PulseTexts Danish { get; } = new()
    {
        Title = week => $"Ugens trivselstjek – uge {week}",
        ForTeam = team => $"Teamet: **{team}**",
        Intro = "Under ét minut.",
        ReminderIntro = "Du har ikke svaret endnu – det tager under ét minut.",
        Anonymity = "Dine svar er anonyme – lederen og TRIO'en ser kun samlede tal.",
        ScaleLabels = new Dictionary<int, string>
        {
            [5] = "I meget høj grad",
            [4] = "I høj grad",
            [3] = "I nogen grad",
            [2] = "I mindre grad",
            [1] = "Slet ikke",
        },
        Decline = "Vil ikke svare",
        ChooseOneAnswer = "Vælg ét svar",
        AnswerRequired = "Vælg et svar – eller »Vil ikke svare«.",
        CommentLabel = "Vil du tilføje noget? (frivilligt)",
        CommentHint = "Skriv ikke navne – hverken på kolleger eller borgere.",
        CommentReaders = "Lederen og TRIO'en kan læse kommentarer – uden navn og dato, og kun når nok har svaret.",
        ReplyOptIn = "Lederen og TRIO'en må svare mig – uden at få mit navn at vide",
        Send = "Send",
        ThanksTitle = "Tak for dine svar!",
        ResponseRate = (answered, roster, percent) => $"Indtil nu har {answered} af {roster} i teamet svaret ({percent} %).",
        ResponseRateHidden = k => $"Svarprocenten vises, når mindst {k} har svaret.",
        AlreadyReceivedTitle = "Du har allerede svaret",
        AlreadyReceived = week => $"Vi har allerede modtaget dit svar for uge {week} – det tæller kun én gang.",
        PeriodClosedTitle = week => $"Uge {week} er slut",
        PeriodClosed = "Skemaet er lukket, så dit svar er ikke gemt. Du får et nyt, når næste trivselstjek starter.",
        ProblemTitle = "Dit svar er ikke gemt",
        Problem = error => error switch
        {
            SubmissionErrorKind.NotAPulseAnswer => "Jeg kunne ikke læse det som svar på trivselstjekket. Brug knappen **Send** i skemaet.",
            SubmissionErrorKind.TamperedTicket => "Skemaet kunne ikke genkendes. Svar i det nyeste skema, du har fået fra mig.",
            SubmissionErrorKind.ForeignTicket => "Dette skema blev sendt til en anden. Svar i dit eget – det ligger i din chat med mig.",
            SubmissionErrorKind.UnknownQuestion => "Spørgsmålene er blevet ændret, siden skemaet blev sendt. Svar i det nyeste skema, du har fået fra mig.",
            SubmissionErrorKind.MissingAnswer => "Du mangler at svare på et spørgsmål. Vælg et svar – eller »Vil ikke svare« – og send igen.",
            SubmissionErrorKind.ValueOutOfScale => "Et af svarene kunne ikke læses. Vælg en af svarmulighederne og send igen.",
            SubmissionErrorKind.CommentTooLong => $"Kommentaren er for lang. Den må højst være {PulseSubmission.MaximumCommentLength} tegn – forkort den og send igen.",
            SubmissionErrorKind.TeamGone => "Teamet bruger ikke længere trivselstjekket, så dit svar er ikke gemt.",
            _ => throw new ArgumentOutOfRangeException(nameof(error), error, null),
        },
    };

    public static PulseTexts English { get; } = new()
    {
        Title = week => $"This week's wellbeing check – week {week}",
        ForTeam = team => $"Team: **{team}**",
        Intro = "Under a minute.",
        ReminderIntro = "You haven't answered yet – it takes under a minute.",
        Anonymity = "Your answers are anonymous – your leader and the TRIO only see totals.",
        ScaleLabels = new Dictionary<int, string>
        {
            [5] = "To a very large extent",
            [4] = "To a large extent",
            [3] = "Somewhat",
            [2] = "To a small extent",
            [1] = "Not at all",
        },
        Decline = "Prefer not to answer",
        ChooseOneAnswer = "Choose one answer",
        AnswerRequired = "Choose an answer – or \"Prefer not to answer\".",
        CommentLabel = "Anything to add? (optional)",
        CommentHint = "Please don't write names – of colleagues or citizens.",
        CommentReaders = "Your leader and the TRIO can read comments – without name or date, and only when enough have answered.",
        ReplyOptIn = "My leader and the TRIO may answer me – without learning my name",
        Send = "Send",
        ThanksTitle = "Thanks for your answers!",
        ResponseRate = (answered, roster, percent) => $"So far {answered} of {roster} in the team have answered ({percent}%).",
        ResponseRateHidden = k => $"The response rate is shown once at least {k} have answered.",
        AlreadyReceivedTitle = "You've already answered",
        AlreadyReceived = week => $"We already have your answer for week {week} – it only counts once.",
        PeriodClosedTitle = week => $"Week {week} is over",
        PeriodClosed = "This wellbeing check is closed, so your answer was not saved. You'll get a new one when the next check starts.",
        ProblemTitle = "Your answer was not saved",
        Problem = error => error switch
        {
            SubmissionErrorKind.NotAPulseAnswer => "I couldn't read that as an answer to the wellbeing check. Please use the **Send** button in the form.",
            SubmissionErrorKind.TamperedTicket => "I couldn't recognise this form. Please answer in the latest one I sent you.",
            SubmissionErrorKind.ForeignTicket => "This form was sent to someone else. Please answer in your own – it's in your chat with me.",
            SubmissionErrorKind.UnknownQuestion => "The questions have changed since this form was sent. Please answer in the latest one I sent you.",
            SubmissionErrorKind.MissingAnswer => "One question has no answer yet. Choose an answer – or \"Prefer not to answer\" – and send again.",
            SubmissionErrorKind.ValueOutOfScale => "I couldn't read one of the answers. Please choose one of the options and send again.",
            SubmissionErrorKind.CommentTooLong => $"The comment is too long. It can be at most {PulseSubmission.MaximumCommentLength} characters – please shorten it and send again.",
            SubmissionErrorKind.TeamGone => "The team no longer uses the wellbeing check, so your answer was not saved.",
            _ => throw new ArgumentOutOfRangeException(nameof(error), error, null),
        },
    };
}
