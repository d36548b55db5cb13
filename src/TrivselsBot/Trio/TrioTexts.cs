using System.Globalization;
using TrivselsBot.Localization;

namespace TrivselsBot.Trio;

/// <summary>Everything the TRIO says, Danish first. Sources for the standing items: 004 Den gode Arbejdsplads (TRIO, forandringer, Spejlægget).</summary>
public sealed record TrioTexts
{
    public required CultureInfo Culture { get; init; }
    public required string CommandDescription { get; init; }
    public required string Usage { get; init; }
    public required string NotAMember { get; init; }
    public required string OnlyForTrio { get; init; }
    public required string WhichTrio { get; init; }
    public required string PointLabel { get; init; }
    public required string AddPoint { get; init; }
    public required string YourTeam { get; init; }

    public required string SetupOnlyInTeams { get; init; }
    public required string SetupOnlyForLeaders { get; init; }
    public required string RosterUnavailable { get; init; }
    public required string SetupTitle { get; init; }
    public required string SetupIntroTeam { get; init; }
    public required string SetupIntroChat { get; init; }
    public required string TeamLabel { get; init; }
    public required Func<TrioRole, string> RoleLabel { get; init; }
    public required string[] DayNames { get; init; }
    public required string DayLabel { get; init; }
    public required string IntervalLabel { get; init; }
    public required Func<int, string> EveryWeeks { get; init; }
    public required string TimeLabel { get; init; }
    public required string AgendaDaysLabel { get; init; }
    public required string DestinationLabel { get; init; }
    public required string DestinationPersonal { get; init; }
    public required string DestinationHere { get; init; }
    public required Func<string, string> LastDoneLabel { get; init; }
    public required string SetupPrivacy { get; init; }
    public required string Save { get; init; }
    public required string Required { get; init; }
    public required Func<string, string> SavedTitle { get; init; }
    public required string Cadence { get; init; }
    public required string NextMeeting { get; init; }
    public required string AgendaComes { get; init; }
    public required Func<int, string> WorkingDaysBefore { get; init; }
    public required Func<string, string> Invalid { get; init; }
    public required string ScheduleFailed { get; init; }
    public required string BadTeam { get; init; }
    public required string BadMembers { get; init; }
    public required string NeedsLeader { get; init; }
    public required string NeedsRepresentative { get; init; }
    public required string BadDay { get; init; }
    public required string BadInterval { get; init; }
    public required string BadTime { get; init; }
    public required string BadAgendaDays { get; init; }
    public required string AgendaBeforeLastMeeting { get; init; }
    public required string ChatHasOthers { get; init; }
    public required Func<string, string> BadLastDone { get; init; }

    public required Func<string, string, TimeOnly, string> AgendaTitle { get; init; }
    public required string OnlyTrioSees { get; init; }
    public required string PulseHeading { get; init; }
    public required string Attention { get; init; }
    public required string BalanceQuestion { get; init; }
    public required string BalanceFollowUp { get; init; }
    public required string SignalsHeading { get; init; }
    public required string NoSignalTheme { get; init; }
    public required string SignalsHowToRead { get; init; }
    public required string ActionsHeading { get; init; }
    public required string NoOpenActions { get; init; }
    public required Func<string, string, DateOnly?, bool, string> ActionLine { get; init; }
    public required string Done { get; init; }
    public required string PointsHeading { get; init; }
    public required string NoPoints { get; init; }
    public required string Handled { get; init; }
    public required string SendToMed { get; init; }
    public required string SentToMedNote { get; init; }
    public required string StandingHeading { get; init; }
    public required IReadOnlyList<string> StandingItems { get; init; }
    public required string ChangeQuestionsTitle { get; init; }
    public required IReadOnlyList<string> ChangeQuestions { get; init; }
    public required Func<int, string> AnnualHeading { get; init; }
    public required string NothingInAnnualCycle { get; init; }
    public required Func<string, AnnualDueState, DateOnly?, string> AnnualLine { get; init; }
    public required string DecisionHeading { get; init; }
    public required string DecisionLabel { get; init; }
    public required string SaveDecision { get; init; }
    public required string NewActionHeading { get; init; }
    public required string ActionTextLabel { get; init; }
    public required string OwnerLabel { get; init; }
    public required string DueLabel { get; init; }
    public required string CreateAction { get; init; }

    public required Func<string, string> PointAdded { get; init; }
    public required string EmptyText { get; init; }
    public required Func<int, string> TooLong { get; init; }
    public required string UnknownOwner { get; init; }
    public required string BadDue { get; init; }
    public required string DueInPast { get; init; }
    public required string UnknownCard { get; init; }
    public required string UnknownItem { get; init; }
    public required string DecisionRecorded { get; init; }
    public required Func<string, DateOnly, string> ActionCreated { get; init; }
    public required string AlreadyStored { get; init; }
    public required string CardUsedForAnother { get; init; }
    public required string AlreadyDone { get; init; }
    public required string TryAgain { get; init; }
    public required Func<string, string> MarkedDone { get; init; }
    public required Func<string, string> MarkedForMed { get; init; }

    public required string Edit { get; init; }
    public required Func<TrioItemKind, string> EditTitle { get; init; }
    public required string SaveEdit { get; init; }
    public required string Withdraw { get; init; }
    public required string WithdrawNote { get; init; }
    public required string Reopen { get; init; }
    public required Func<string, string> Edited { get; init; }
    public required Func<string, string> WithdrawnFromAgenda { get; init; }
    public required Func<string, string> Reopened { get; init; }
    public required string ChangedByAnother { get; init; }
    public required string ItemWithdrawn { get; init; }
    public required string EditOnlyOpen { get; init; }
    public required string AlreadyOpen { get; init; }

    public required Func<string, string, string> MinutesTitle { get; init; }
    public required string NoMeetingYet { get; init; }
    public required string None { get; init; }
    public required string DecisionsTitle { get; init; }
    public required string ActionsTitle { get; init; }
    public required string DoneTitle { get; init; }
    public required string MedTitle { get; init; }
    public required string ShareWithStaff { get; init; }
    public required Func<string, string> StaffIntro { get; init; }
    public required string StaffDecided { get; init; }
    public required string StaffWillDo { get; init; }
    public required Func<string, DateOnly?, string> StaffAction { get; init; }
    public required string StaffDone { get; init; }
    public required string StaffToMed { get; init; }
    public required string StaffOutro { get; init; }
    public required string NothingToShare { get; init; }
    public required string AlreadyShared { get; init; }
    public required string ShareFailed { get; init; }
    public required string Shared { get; init; }
    public required string ReminderIntro { get; init; }

    public static TrioTexts For(Language language) => language == Language.English ? English : Danish;

    private static readonly CultureInfo Da = CultureInfo.GetCultureInfo("da-DK");
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en-GB");

    public static TrioTexts Danish { get; } = new()
    {
        Culture = Da,
        CommandDescription = "TRIO'en (leder, TR og AMR): **trio opsæt**, **trio dagsorden**, **trio punkt** <tekst>, **trio referat**. Kun for TRIO'en.",
        Usage = "Skriv **trio opsæt** (leder, i teamet eller TRIO-chatten), **trio dagsorden**, **trio punkt** <tekst> eller **trio referat**.",
        NotAMember = "Det er kun for TRIO'en (leder, TR og AMR). Er du med i TRIO'en, så skriv til mig i en privat chat.",
        OnlyForTrio = "TRIO'ens dagsorden og referat vises kun for TRIO'en. Skriv til mig i en privat chat – så ser andre det ikke.",
        WhichTrio = "Du er med i flere TRIO'er. Hvilken skal punktet på dagsordenen hos?",
        PointLabel = "Punktet",
        AddPoint = "Sæt på dagsordenen",
        YourTeam = "jeres team",
        SetupOnlyInTeams = "TRIO'en sættes op i teamet eller i TRIO'ens egen gruppechat – ikke i en privat chat.",
        SetupOnlyForLeaders = "Kun en leder af et team, der er sat op (**opsæt**), kan sætte TRIO'en op.",
        RosterUnavailable = "Jeg kan ikke se, hvem der er med i samtalen lige nu. Prøv igen om lidt.",
        SetupTitle = "Opsæt TRIO'en",
        SetupIntroTeam = "Vælg TRIO'ens medlemmer (der må være flere af hver), hvornår I mødes, og hvor dagsordenen skal komme. Dagsordener og referater ses kun af TRIO'en.",
        SetupIntroChat = "Denne chat bliver TRIO'ens: dagsordenen kommer her. Alle i chatten skal være med i TRIO'en. Vælg teamet og rollerne.",
        TeamLabel = "Hvilket team er TRIO'en for?",
        RoleLabel = role => role switch { TrioRole.Leder => "Leder", TrioRole.TR => "TR (tillidsrepræsentant)", _ => "AMR (arbejdsmiljørepræsentant)" },
        DayNames = ["søndag", "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag"],
        DayLabel = "Mødedag",
        IntervalLabel = "Hvor ofte",
        EveryWeeks = weeks => weeks == 1 ? "hver uge" : $"hver {weeks}. uge",
        TimeLabel = "Mødetidspunkt (dansk tid)",
        AgendaDaysLabel = "Dagsordenen kommer så mange arbejdsdage før mødet (1–5; weekender, helligdage og lukkedage tæller ikke)",
        DestinationLabel = "Dagsordenen sendes",
        DestinationPersonal = "privat til hvert TRIO-medlem",
        DestinationHere = "her i chatten (kun hvis alle her er med i TRIO'en)",
        LastDoneLabel = name => $"Senest gennemført: {name}",
        SetupPrivacy = "Pulsens tal vises for TRIO'en efter de samme regler som lederens resumé: aldrig tal for færre end teamets mindste gruppe.",
        Save = "Gem",
        Required = "Skal udfyldes",
        SavedTitle = team => $"TRIO'en for {team} er sat op",
        Cadence = "Møder",
        NextMeeting = "Næste møde",
        AgendaComes = "Dagsordenen kommer",
        WorkingDaysBefore = days => days == 1 ? "1 arbejdsdag før" : $"{days} arbejdsdage før",
        Invalid = problem => $"TRIO'en er ikke gemt: {problem}",
        ScheduleFailed = "jeg kunne ikke planlægge dagsordenen lige nu. Tryk **Gem** igen om lidt.",
        BadTeam = "vælg et af de teams, du er leder for.",
        BadMembers = "vælg medlemmer blandt dem, der er med i samtalen.",
        NeedsLeader = "TRIO'en skal have mindst én leder.",
        NeedsRepresentative = "TRIO'en skal have mindst én TR eller AMR.",
        BadDay = "vælg en ugedag fra mandag til fredag.",
        BadInterval = "vælg hver 1., 2., 3. eller 4. uge.",
        BadTime = "skriv mødetidspunktet som tt:mm.",
        BadAgendaDays = "dagsordenen kan komme 1 til 5 arbejdsdage før mødet.",
        AgendaBeforeLastMeeting = "med møde hver uge kan dagsordenen højst komme 4 arbejdsdage før – ellers kommer den samme dag som mødet ugen før.",
        ChatHasOthers = "der er nogen i chatten, som ikke er med i TRIO'en. Vælg \"privat til hvert TRIO-medlem\", eller giv dem en rolle.",
        BadLastDone = name => $"datoen for \"{name}\" skal være en dato, der har været.",

        AgendaTitle = (team, date, time) => $"TRIO-møde for {team} – {date} kl. {time:HH\\:mm}",
        OnlyTrioSees = "Kun TRIO'en ser denne dagsorden.",
        PulseHeading = "1. Hvad pulsen viser",
        Attention = "Mest brug for opmærksomhed",
        BalanceQuestion = "Hvordan er balancen lige nu og her?",
        BalanceFollowUp = "Hvilke belastninger kan lettes? Hvilke ressourcer kan der skrues op for? Er de jævnt fordelt i gruppen?",
        SignalsHeading = "2. Vold, trusler og tone",
        NoSignalTheme = "Spørgsmålsbanken har ikke temaet vold, trusler og tone.",
        SignalsHowToRead = "Samlede tal for de seneste 4 uger, 0–100, højere er bedre. En episode registreres og anmeldes ad den særskilte vej med navn.",
        ActionsHeading = "3. Åbne handlinger",
        NoOpenActions = "Ingen åbne handlinger.",
        ActionLine = (text, owner, due, overdue) =>
            (overdue ? "⚠ Overskredet: " : "") + text + (owner.Length > 0 ? $" – {owner}" : "") + (due is { } d ? $" – senest {d.ToString("d. MMMM", Da)}" : ""),
        Done = "Udført",
        PointsHeading = "4. Punkter fra TRIO'en",
        NoPoints = "Ingen nye punkter. Tilføj med **trio punkt** <tekst>.",
        Handled = "Behandlet",
        SendToMed = "Send til MED",
        SentToMedNote = "Sendt videre til MED.",
        StandingHeading = "5. Faste punkter",
        StandingItems =
        [
            "Samarbejdsklima, tone og konflikter",
            "Sygefravær og tilbagevenden – kun samlede tal; enkeltsager håndteres af de udpegede og med samtykke",
            "Organisatoriske forandringer (se de syv spørgsmål nedenfor) – er en ny APV aktuel?",
            "Kompetenceudvikling og oplæring af nye",
            "Arbejdstid og vagtplaner: fordeling af vagter, opkald i fritiden, tilkald",
            "Formidling til medarbejderne: hvem, hvad, hvordan og hvornår?",
            "Spejlægget: kan vi løse det her (blommen), eller skal det videre til MED, SU eller AMO (hviden)?",
            "Har beslutningerne arbejdsmiljømæssige konsekvenser?",
        ],
        ChangeQuestionsTitle = "De syv spørgsmål ved forandringer",
        ChangeQuestions =
        [
            "Hvad kommer forandringerne til at betyde for kerneopgaven og for vores opgaveløsning?",
            "Hvad kommer forandringerne til at betyde for borgerne?",
            "Hvordan løser vi opgaverne under de nye vilkår?",
            "Hvordan løser vi dem i omstillingsperioden?",
            "Hvad kommer forandringerne til at betyde for kollegernes opgaveløsning?",
            "Hvordan er ledelsens rolle som forvalter af de beslutninger, der er taget i systemet?",
            "Hvilke oplysninger skal vi som medarbejdere give tilbage til ledelsen og evt. længere op i systemet?",
        ],
        AnnualHeading = days => $"6. Årshjulet de næste {days} dage",
        NothingInAnnualCycle = "Intet i årshjulet de næste 30 dage.",
        AnnualLine = (name, state, date) => state switch
        {
            AnnualDueState.DateUnknown => $"⚠ {name}: ingen dato for seneste gang – angiv den i **trio opsæt**",
            AnnualDueState.Overdue => $"⚠ {name}: skulle have været gennemført senest {date!.Value.ToString("d. MMMM yyyy", Da)}",
            AnnualDueState.Running => $"{name}: i gang (fra {date!.Value.ToString("d. MMMM", Da)})",
            _ => $"{name}: {date!.Value.ToString("d. MMMM", Da)}",
        },
        DecisionHeading = "Beslutning",
        DecisionLabel = "Hvad besluttede I?",
        SaveDecision = "Gem beslutning",
        NewActionHeading = "Ny handling",
        ActionTextLabel = "Hvad skal gøres?",
        OwnerLabel = "Hvem har ansvaret?",
        DueLabel = "Senest",
        CreateAction = "Opret handling",

        PointAdded = date => $"Punktet er sat på dagsordenen til mødet {date}.",
        EmptyText = "Skriv en tekst – den var tom.",
        TooLong = max => $"Teksten er for lang: højst {max} tegn.",
        UnknownOwner = "Vælg en ansvarlig blandt TRIO'en og teamets medlemmer.",
        BadDue = "Vælg en dato for, hvornår handlingen senest skal være gjort.",
        DueInPast = "Datoen er allerede passeret – vælg i dag eller senere.",
        UnknownCard = "Kortet er ikke gyldigt. Skriv **trio dagsorden** for at få et nyt.",
        UnknownItem = "Jeg kan ikke finde det punkt. Skriv **trio dagsorden** for at få en frisk dagsorden.",
        DecisionRecorded = "Beslutningen er gemt.",
        ActionCreated = (owner, due) => $"Handlingen er oprettet: {owner} har ansvaret, senest {due.ToString("d. MMMM", Da)}.",
        AlreadyStored = "Det er allerede gemt – intet er gemt to gange.",
        CardUsedForAnother = "En anden nåede at gemme noget andet fra dette kort, så dit er ikke gemt. Kortet er opdateret – skriv det igen der.",
        AlreadyDone = "Det er allerede gjort.",
        TryAgain = "Nogen ændrede punktet samtidig. Prøv igen.",
        MarkedDone = text => $"Markeret som udført: {text}",
        MarkedForMed = text => $"Sendes videre til MED: {text}",

        Edit = "Ret",
        EditTitle = kind => kind == TrioItemKind.Action ? "Ret handlingen" : "Ret punktet",
        SaveEdit = "Gem rettelsen",
        Withdraw = "Fjern",
        WithdrawNote = "»Fjern« tager punktet af dagsordenen, påmindelserne og referatet. Det bliver gemt, hvem der fjernede det, og hvornår.",
        Reopen = "Genåbn",
        Edited = text => $"Rettet: {text}",
        WithdrawnFromAgenda = text => $"Fjernet fra dagsordenen: {text}",
        Reopened = text => $"Genåbnet – står på dagsordenen igen: {text}",
        ChangedByAnother = "Punktet er ændret af en anden – hent dagsordenen igen (skriv **trio dagsorden**). Intet er gemt.",
        ItemWithdrawn = "Det punkt er fjernet fra dagsordenen.",
        EditOnlyOpen = "Punktet er afsluttet. Genåbn det fra referatet (**trio referat**), hvis det skal rettes.",
        AlreadyOpen = "Punktet er allerede åbent – det står på dagsordenen.",

        MinutesTitle = (team, date) => $"Referat af TRIO-mødet for {team} – {date}",
        NoMeetingYet = "Der har ikke været et TRIO-møde med dagsorden endnu. Skriv **trio dagsorden**.",
        None = "Ingen.",
        DecisionsTitle = "Beslutninger",
        ActionsTitle = "Handlinger",
        DoneTitle = "Afsluttet",
        MedTitle = "Sendt videre til MED",
        ShareWithStaff = "Del med medarbejdere",
        StaffIntro = date => $"**Nyt fra TRIO'en** (mødet {date}). Jeres svar i pulsen og jeres input har ført til dette:",
        StaffDecided = "Det har vi besluttet",
        StaffWillDo = "Det sætter vi i gang",
        StaffAction = (text, due) => due is { } d ? $"{text} (senest {d.ToString("d. MMMM", Da)})" : text,
        StaffDone = "Det er gjort",
        StaffToMed = "Det tager vi videre til MED",
        StaffOutro = "Har du spørgsmål eller idéer, så tal med din leder, TR eller AMR.",
        NothingToShare = "Der er intet at dele fra det møde endnu.",
        AlreadyShared = "Referatet fra det møde er allerede delt med medarbejderne.",
        ShareFailed = "Jeg kunne ikke skrive til teamet lige nu. Prøv igen om lidt.",
        Shared = "Delt med medarbejderne i teamets samtale – uden navne.",
        ReminderIntro = "**Påmindelse fra TRIO'en** – handlinger, du har ansvaret for:",
    };

    public static TrioTexts English { get; } = Danish with
    {
        Culture = En,
        CommandDescription = "The TRIO (leader, TR and AMR): **trio setup**, **trio agenda**, **trio item** <text>, **trio minutes**. TRIO only.",
        Usage = "Write **trio setup** (leader, in the team or the TRIO chat), **trio agenda**, **trio item** <text> or **trio minutes**.",
        NotAMember = "That is for the TRIO only (leader, TR and AMR). If you are in the TRIO, write to me in a private chat.",
        OnlyForTrio = "The TRIO's agenda and minutes are shown to the TRIO only. Write to me in a private chat so nobody else sees them.",
        WhichTrio = "You are in several TRIOs. Which one's agenda is the item for?",
        PointLabel = "The item",
        AddPoint = "Put on the agenda",
        YourTeam = "your team",
        SetupOnlyInTeams = "The TRIO is set up in the team or in the TRIO's own group chat – not in a private chat.",
        SetupOnlyForLeaders = "Only a leader of a team that is set up (**setup**) can set up its TRIO.",
        RosterUnavailable = "I cannot see who is in this conversation right now. Please try again shortly.",
        SetupTitle = "Set up the TRIO",
        SetupIntroTeam = "Choose the TRIO's members (several of each are fine), when you meet, and where the agenda goes. Agendas and minutes are seen by the TRIO only.",
        SetupIntroChat = "This chat becomes the TRIO's: the agenda comes here. Everyone in the chat must be in the TRIO. Choose the team and the roles.",
        TeamLabel = "Which team is the TRIO for?",
        RoleLabel = role => role switch { TrioRole.Leder => "Leader", TrioRole.TR => "TR (union representative)", _ => "AMR (safety representative)" },
        DayNames = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
        DayLabel = "Meeting day",
        IntervalLabel = "How often",
        EveryWeeks = weeks => weeks == 1 ? "every week" : $"every {weeks} weeks",
        TimeLabel = "Meeting time (Danish time)",
        AgendaDaysLabel = "The agenda comes this many working days before the meeting (1–5; weekends, public holidays and closed days do not count)",
        DestinationLabel = "The agenda is sent",
        DestinationPersonal = "privately to each TRIO member",
        DestinationHere = "here in this chat (only if everyone here is in the TRIO)",
        LastDoneLabel = name => $"Last done: {name}",
        SetupPrivacy = "The pulse's figures are shown to the TRIO under the same rules as the leader summary: never a figure for fewer than the team's smallest group.",
        Save = "Save",
        Required = "Required",
        SavedTitle = team => $"The TRIO for {team} is set up",
        Cadence = "Meets",
        NextMeeting = "Next meeting",
        AgendaComes = "The agenda comes",
        WorkingDaysBefore = days => days == 1 ? "1 working day before" : $"{days} working days before",
        Invalid = problem => $"The TRIO was not saved: {problem}",
        ScheduleFailed = "I could not schedule the agenda just now. Press **Save** again in a moment.",
        BadTeam = "choose one of the teams you lead.",
        BadMembers = "choose members among those in this conversation.",
        NeedsLeader = "the TRIO needs at least one leader.",
        NeedsRepresentative = "the TRIO needs at least one TR or AMR.",
        BadDay = "choose a weekday from Monday to Friday.",
        BadInterval = "choose every 1, 2, 3 or 4 weeks.",
        BadTime = "write the meeting time as hh:mm.",
        BadAgendaDays = "the agenda can come 1 to 5 working days before the meeting.",
        AgendaBeforeLastMeeting = "with a meeting every week the agenda can come at most 4 working days before – otherwise it would come on the day of the meeting the week before.",
        ChatHasOthers = "someone in this chat is not in the TRIO. Choose \"privately to each TRIO member\", or give them a role.",
        BadLastDone = name => $"the date for \"{name}\" must be a date that has passed.",

        AgendaTitle = (team, date, time) => $"TRIO meeting for {team} – {date} at {time:HH\\:mm}",
        OnlyTrioSees = "Only the TRIO sees this agenda.",
        PulseHeading = "1. What the pulse shows",
        Attention = "Most in need of attention",
        BalanceQuestion = "Hvordan er balancen lige nu og her? (How is the balance right now?)",
        BalanceFollowUp = "Which loads can be eased? Which resources can be turned up? Are they evenly spread in the group?",
        SignalsHeading = "2. Violence, threats and tone",
        NoSignalTheme = "The question bank has no violence, threats and tone theme.",
        SignalsHowToRead = "Totals for the last 4 weeks, 0–100, higher is better. An incident is registered and reported through the separate, named route.",
        ActionsHeading = "3. Open actions",
        NoOpenActions = "No open actions.",
        ActionLine = (text, owner, due, overdue) =>
            (overdue ? "⚠ Overdue: " : "") + text + (owner.Length > 0 ? $" – {owner}" : "") + (due is { } d ? $" – by {d.ToString("d MMMM", En)}" : ""),
        Done = "Done",
        PointsHeading = "4. Items from the TRIO",
        NoPoints = "No new items. Add one with **trio item** <text>.",
        Handled = "Handled",
        SendToMed = "Send to MED",
        SentToMedNote = "Sent on to MED.",
        StandingHeading = "5. Standing items",
        StandingItems =
        [
            "Collaboration climate, tone and conflicts",
            "Sickness absence and return to work – totals only; individual cases are handled by the designated people, with consent",
            "Organisational changes (see the seven questions below) – is a new APV due?",
            "Competence development and onboarding",
            "Working time and rotas: shift allocation, calls during free time, call-ins",
            "Communication to staff: who, what, how and when?",
            "Spejlægget (the fried egg): can we solve it here (the yolk), or does it go to MED, SU or AMO (the white)?",
            "Do the decisions have consequences for the work environment?",
        ],
        ChangeQuestionsTitle = "The seven questions for organisational change",
        ChangeQuestions =
        [
            "What will the changes mean for the core task and for how we do our work?",
            "What will the changes mean for the citizens?",
            "How do we do the work under the new conditions?",
            "How do we do it during the transition?",
            "What will the changes mean for colleagues' work?",
            "What is management's role in carrying out decisions made in the system?",
            "What information should we as staff give back to management, and perhaps further up?",
        ],
        AnnualHeading = days => $"6. The annual cycle, next {days} days",
        NothingInAnnualCycle = "Nothing in the annual cycle in the next 30 days.",
        AnnualLine = (name, state, date) => state switch
        {
            AnnualDueState.DateUnknown => $"⚠ {name}: no date for the last time – enter it in **trio setup**",
            AnnualDueState.Overdue => $"⚠ {name}: was due by {date!.Value.ToString("d MMMM yyyy", En)}",
            AnnualDueState.Running => $"{name}: running (since {date!.Value.ToString("d MMMM", En)})",
            _ => $"{name}: {date!.Value.ToString("d MMMM", En)}",
        },
        DecisionHeading = "Decision",
        DecisionLabel = "What did you decide?",
        SaveDecision = "Save decision",
        NewActionHeading = "New action",
        ActionTextLabel = "What is to be done?",
        OwnerLabel = "Who is responsible?",
        DueLabel = "By",
        CreateAction = "Create action",

        PointAdded = date => $"The item is on the agenda for the meeting on {date}.",
        EmptyText = "Please write a text – it was empty.",
        TooLong = max => $"The text is too long: at most {max} characters.",
        UnknownOwner = "Choose an owner among the TRIO and the team's members.",
        BadDue = "Choose the date by which the action must be done.",
        DueInPast = "That date has passed – choose today or later.",
        UnknownCard = "This card is not valid. Write **trio agenda** for a new one.",
        UnknownItem = "I cannot find that item. Write **trio agenda** for a fresh agenda.",
        DecisionRecorded = "The decision is saved.",
        ActionCreated = (owner, due) => $"The action is created: {owner} is responsible, by {due.ToString("d MMMM", En)}.",
        AlreadyStored = "That is already saved – nothing was saved twice.",
        CardUsedForAnother = "Someone else saved something else from this card first, so yours was not saved. The card is refreshed – please enter it again there.",
        AlreadyDone = "That has already been done.",
        TryAgain = "Someone changed the item at the same time. Please try again.",
        MarkedDone = text => $"Marked as done: {text}",
        MarkedForMed = text => $"Goes on to MED: {text}",

        Edit = "Edit",
        EditTitle = kind => kind == TrioItemKind.Action ? "Edit the action" : "Edit the item",
        SaveEdit = "Save changes",
        Withdraw = "Remove",
        WithdrawNote = "Remove takes it off the agenda, the reminders and the minutes. Who removed it and when is kept.",
        Reopen = "Reopen",
        Edited = text => $"Changed: {text}",
        WithdrawnFromAgenda = text => $"Removed from the agenda: {text}",
        Reopened = text => $"Reopened – back on the agenda: {text}",
        ChangedByAnother = "The item was changed by someone else – fetch the agenda again (write **trio agenda**). Nothing was saved.",
        ItemWithdrawn = "That item has been removed from the agenda.",
        EditOnlyOpen = "That item is finished. Reopen it from the minutes (**trio minutes**) if it needs changing.",
        AlreadyOpen = "The item is already open – it is on the agenda.",

        MinutesTitle = (team, date) => $"Minutes of the TRIO meeting for {team} – {date}",
        NoMeetingYet = "There has been no TRIO meeting with an agenda yet. Write **trio agenda**.",
        None = "None.",
        DecisionsTitle = "Decisions",
        ActionsTitle = "Actions",
        DoneTitle = "Completed",
        MedTitle = "Sent on to MED",
        ShareWithStaff = "Share with staff",
        StaffIntro = date => $"**News from the TRIO** (meeting {date}). Your pulse answers and input led to this:",
        StaffDecided = "What we decided",
        StaffWillDo = "What we are starting",
        StaffAction = (text, due) => due is { } d ? $"{text} (by {d.ToString("d MMMM", En)})" : text,
        StaffDone = "What is done",
        StaffToMed = "What we take on to MED",
        StaffOutro = "Questions or ideas? Talk to your leader, TR or AMR.",
        NothingToShare = "There is nothing to share from that meeting yet.",
        AlreadyShared = "The minutes of that meeting have already been shared with staff.",
        ShareFailed = "I could not write to the team right now. Please try again shortly.",
        Shared = "Shared with staff in the team's conversation – without names.",
        ReminderIntro = "**Reminder from the TRIO** – actions you are responsible for:",
    };
}
