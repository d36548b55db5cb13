using TrivselsBot.Localization;

namespace TrivselsBot.Setup;

public sealed record SetupTexts
{
    public required string SetupWord { get; init; }
    public required string SetupDescription { get; init; }
    public required string StatusWord { get; init; }
    public required string StatusDescription { get; init; }
    public required string OnlyInTeams { get; init; }
    public required string StatusOnlyInTeams { get; init; }
    public required string NotAllowed { get; init; }
    public required string RosterUnavailable { get; init; }
    public required string CardTitle { get; init; }
    public required string CardIntro { get; init; }
    public required string LeadersLabel { get; init; }
    public required string DayLabel { get; init; }
    public required string TimeLabel { get; init; }
    public required string ReminderLabel { get; init; }
    public required string QuestionsLabel { get; init; }
    public required string LanguageLabel { get; init; }
    public required string MinimumGroupLabel { get; init; }
    public required string MinimumGroupHint { get; init; }
    public required string SummaryLabel { get; init; }
    public required string Yes { get; init; }
    public required string No { get; init; }
    public required string Save { get; init; }
    public required string Required { get; init; }
    public required string SavedTitle { get; init; }
    public required string NextPulse { get; init; }
    public required string NotScheduled { get; init; }
    public required string Leaders { get; init; }
    public required string Schedule { get; init; }
    public required string Reminder { get; init; }
    public required string Questions { get; init; }
    public required string MinimumGroup { get; init; }
    public required string StatusTitle { get; init; }
    public required string NotSetUp { get; init; }
    public required Func<int, string> WorkingDays { get; init; }
    public required Func<string, string> Invalid { get; init; }
    public required string ScheduleFailed { get; init; }
    public required string BadLeaders { get; init; }
    public required string BadTime { get; init; }
    public required string BadDay { get; init; }
    public required string BadReminder { get; init; }
    public required string BadQuestions { get; init; }
    public required string BadMinimumGroup { get; init; }
    public required IReadOnlyList<string> DayNames { get; init; }

    public static SetupTexts For(Language language) => language == Language.English ? English : Danish;

    public static SetupTexts Danish { get; } = new()
    {
        SetupWord = "opsæt",
        SetupDescription = "Opsætning af teamets ugentlige trivselstjek (leder eller teamejer).",
        StatusWord = "status",
        StatusDescription = "Viser opsætningen, næste trivselstjek og hvor mange der har fået det.",
        OnlyInTeams = "Skriv **opsæt** i teamets kanal eller i gruppechatten – så ved jeg, hvilket team det gælder.",
        StatusOnlyInTeams = "Skriv **status** i teamets kanal eller i gruppechatten – så ved jeg, hvilket team det gælder.",
        NotAllowed = "Kun teamets leder eller en ejer af teamet kan ændre opsætningen.",
        RosterUnavailable = "Jeg kan ikke se teamets medlemmer lige nu. Prøv igen om lidt.",
        CardTitle = "Opsætning af trivselstjek",
        CardIntro = "Vælg hvem der er leder, og hvornår teamet får det ugentlige trivselstjek.",
        LeadersLabel = "Leder(e) – ser teamets samlede tal",
        DayLabel = "Ugedag",
        TimeLabel = "Klokkeslæt (dansk tid)",
        ReminderLabel = "Påmindelse efter antal arbejdsdage (weekender, helligdage og lukkedage tæller ikke)",
        QuestionsLabel = "Spørgsmål pr. uge",
        LanguageLabel = "Sprog",
        MinimumGroupLabel = "Mindste antal svar, før tal vises (k)",
        MinimumGroupHint = "Aftal det i MED/AMO. Mindst 3 – vi anbefaler 5.",
        SummaryLabel = "Send resuméet til lederen, når ugen er slut",
        Yes = "Ja",
        No = "Nej",
        Save = "Gem",
        Required = "Skal udfyldes",
        SavedTitle = "Trivselstjekket er sat op",
        NextPulse = "Næste trivselstjek",
        NotScheduled = "ikke planlagt",
        Leaders = "Leder(e)",
        Schedule = "Hver uge",
        Reminder = "Påmindelse",
        Questions = "Spørgsmål",
        MinimumGroup = "Tal vises fra",
        StatusTitle = "Status for trivselstjek",
        NotSetUp = "Teamet er ikke sat op endnu. En leder eller teamejer skriver **opsæt** her.",
        WorkingDays = n => n == 1 ? "efter 1 arbejdsdag" : $"efter {n} arbejdsdage",
        Invalid = reason => $"Opsætningen blev ikke gemt: {reason}",
        ScheduleFailed = "jeg kunne ikke planlægge trivselstjekket lige nu. Tryk **Gem** igen om lidt.",
        BadLeaders = "vælg mindst én leder blandt teamets medlemmer.",
        BadTime = "skriv klokkeslættet som TT:MM, fx 09:00.",
        BadDay = "vælg en ugedag.",
        BadReminder = "påmindelsen skal komme efter 1-4 arbejdsdage.",
        BadQuestions = "vælg 3, 4 eller 5 spørgsmål.",
        BadMinimumGroup = "mindste antal svar skal være mellem 3 og 50.",
        DayNames = ["søndag", "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag"],
    };

    public static SetupTexts English { get; } = new()
    {
        SetupWord = "setup",
        SetupDescription = "Set up the team's weekly check-in (leader or team owner).",
        StatusWord = "status",
        StatusDescription = "Shows the setup, the next check-in and how many have received it.",
        OnlyInTeams = "Type **setup** in the team's channel or the group chat, so I know which team it is for.",
        StatusOnlyInTeams = "Type **status** in the team's channel or the group chat, so I know which team it is for.",
        NotAllowed = "Only the team's leader or a team owner can change the setup.",
        RosterUnavailable = "I can't see the team's members right now. Please try again shortly.",
        CardTitle = "Check-in setup",
        CardIntro = "Choose the leader and when the team gets its weekly check-in.",
        LeadersLabel = "Leader(s) – see the team's totals",
        DayLabel = "Weekday",
        TimeLabel = "Time (Danish time)",
        ReminderLabel = "Reminder after working days (weekends, public holidays and closed days do not count)",
        QuestionsLabel = "Questions per week",
        LanguageLabel = "Language",
        MinimumGroupLabel = "Fewest answers before figures are shown (k)",
        MinimumGroupHint = "Agree it in MED/AMO. At least 3 – we recommend 5.",
        SummaryLabel = "Send the summary to the leader when the week is over",
        Yes = "Yes",
        No = "No",
        Save = "Save",
        Required = "Required",
        SavedTitle = "The check-in is set up",
        NextPulse = "Next check-in",
        NotScheduled = "not scheduled",
        Leaders = "Leader(s)",
        Schedule = "Every week",
        Reminder = "Reminder",
        Questions = "Questions",
        MinimumGroup = "Figures shown from",
        StatusTitle = "Check-in status",
        NotSetUp = "The team is not set up yet. A leader or team owner types **setup** here.",
        WorkingDays = n => n == 1 ? "after 1 working day" : $"after {n} working days",
        Invalid = reason => $"The setup was not saved: {reason}",
        ScheduleFailed = "I could not schedule the wellbeing check just now. Press **Save** again in a moment.",
        BadLeaders = "choose at least one leader among the team's members.",
        BadTime = "write the time as HH:MM, e.g. 09:00.",
        BadDay = "choose a weekday.",
        BadReminder = "the reminder must come after 1-4 working days.",
        BadQuestions = "choose 3, 4 or 5 questions.",
        BadMinimumGroup = "the fewest answers must be between 3 and 50.",
        DayNames = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
    };
}
