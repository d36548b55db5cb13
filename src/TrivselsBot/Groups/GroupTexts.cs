using TrivselsBot.Localization;

namespace TrivselsBot.Groups;

/// <summary>Every sentence about groups, Danish first.</summary>
public sealed record GroupTexts
{
    public required string Word { get; init; }
    public required string Description { get; init; }
    public required string NoSetupYet { get; init; }
    public required string CardTitle { get; init; }
    public required Func<int, string> CardIntro { get; init; }
    public required Func<int, string> NameLabel { get; init; }
    public required string NamePlaceholder { get; init; }
    public required string MembersLabel { get; init; }
    public required string Save { get; init; }
    public required Func<int, string> Saved { get; init; }
    public required string Removed { get; init; }
    public required Func<string, string> Invalid { get; init; }
    public required string NameMissing { get; init; }
    public required Func<int, string> NameTooLong { get; init; }
    public required string NameTwice { get; init; }
    public required string MembersMissing { get; init; }
    public required string NotOnRoster { get; init; }
    public required Func<string, string> MemberInTwoGroups { get; init; }
    public required Func<string, int, string> GroupTooSmall { get; init; }
    public required Func<int, string> SummaryTitle { get; init; }
    public required string SummaryHowToRead { get; init; }
    public required Func<int, string> Answered { get; init; }
    public required string TooFewAnswers { get; init; }
    public required string Anchor { get; init; }

    public static GroupTexts For(Language language) => language == Language.English ? English : Danish;

    public static GroupTexts Danish { get; } = new()
    {
        Word = "grupper",
        Description = "Del teamet i grupper (fx huse eller vagthold), så lederen kan se dem hver for sig – kun med mindst k i hver.",
        NoSetupYet = "Opsæt teamet først med **opsæt** – så kan I lave grupper bagefter.",
        CardTitle = "Grupper i teamet",
        CardIntro = k => $"Lederen ser hver gruppe for sig, når mindst {k} i gruppen har svaret. En gruppe skal derfor have mindst {k} medlemmer. Er der nogen, som ikke er i en gruppe, skal de også være mindst {k} – ellers vises den mindste gruppe ikke. Er en gruppe for lille en uge, skjules også en anden, så ingen kan regne sig frem til den. Lad felterne stå tomme for at fjerne en gruppe.",
        NameLabel = n => $"Gruppe {n}",
        NamePlaceholder = "Fx Hus A, Nattevagt",
        MembersLabel = "Medlemmer",
        Save = "Gem grupper",
        Saved = n => n == 1 ? "Gemt: 1 gruppe. Den gælder fra næste trivselstjek." : $"Gemt: {n} grupper. De gælder fra næste trivselstjek.",
        Removed = "Gemt: teamet har ingen grupper nu.",
        Invalid = problem => $"Grupperne blev ikke gemt: {problem}",
        NameMissing = "en gruppe med medlemmer mangler et navn.",
        NameTooLong = max => $"et gruppenavn må højst være {max} tegn.",
        NameTwice = "to grupper har samme navn.",
        MembersMissing = "en gruppe har et navn, men ingen medlemmer.",
        NotOnRoster = "et af de valgte medlemmer er ikke med i teamet.",
        MemberInTwoGroups = name => $"{name} er valgt i to grupper. Hver person kan kun være i én gruppe.",
        GroupTooSmall = (name, k) => $"gruppen \"{name}\" har færre end {k} medlemmer, så dens svar kunne aldrig vises.",
        SummaryTitle = week => $"Grupperne i uge {week}",
        SummaryHowToRead = "Trivsel i alt (0-100, højere er bedre). \"For få svar\" betyder, at gruppen – eller en anden, som den ellers kunne regnes ud fra – havde for få svar.",
        Answered = n => $"{n} svar",
        TooFewAnswers = "for få svar",
        Anchor = "trivsel",
    };

    public static GroupTexts English { get; } = new()
    {
        Word = "groups",
        Description = "Split the team into groups (e.g. houses or shifts) so the leader can see them apart – only with at least k in each.",
        NoSetupYet = "Set up the team first with **setup** – then you can add groups.",
        CardTitle = "Groups in the team",
        CardIntro = k => $"The leader sees each group apart when at least {k} in it have answered, so a group needs at least {k} members. If some people are in no group, they too must be at least {k} – otherwise the smallest group is not shown. When a group has too few answers one week, another is hidden too, so nobody can work it out. Leave the fields empty to remove a group.",
        NameLabel = n => $"Group {n}",
        NamePlaceholder = "E.g. House A, Night shift",
        MembersLabel = "Members",
        Save = "Save groups",
        Saved = n => n == 1 ? "Saved: 1 group. It applies from the next check-in." : $"Saved: {n} groups. They apply from the next check-in.",
        Removed = "Saved: the team has no groups now.",
        Invalid = problem => $"The groups were not saved: {problem}",
        NameMissing = "a group with members has no name.",
        NameTooLong = max => $"a group name can be at most {max} characters.",
        NameTwice = "two groups have the same name.",
        MembersMissing = "a group has a name but no members.",
        NotOnRoster = "one of the chosen members is not in the team.",
        MemberInTwoGroups = name => $"{name} is chosen in two groups. Each person can be in one group only.",
        GroupTooSmall = (name, k) => $"the group \"{name}\" has fewer than {k} members, so its answers could never be shown.",
        SummaryTitle = week => $"The groups in week {week}",
        SummaryHowToRead = "Wellbeing overall (0-100, higher is better). \"Too few answers\" means the group – or another it could otherwise be worked out from – had too few answers.",
        Answered = n => $"{n} answers",
        TooFewAnswers = "too few answers",
        Anchor = "wellbeing",
    };
}
