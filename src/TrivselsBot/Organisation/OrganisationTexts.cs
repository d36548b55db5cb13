using TrivselsBot.Localization;

namespace TrivselsBot.Organisation;

/// <summary>Every sentence of the organisation roll-up, in one language. Danish first.</summary>
public sealed record OrganisationTexts
{
    public required Func<int, string> Title { get; init; }
    public required Func<int, int, string> TeamsShown { get; init; }
    public required string ShownTeamsRate { get; init; }
    public required Func<int, int, int, string> RateValue { get; init; }
    public required string ShownTeamsAnchor { get; init; }
    public required string PooledHowTo { get; init; }
    public required Func<int, string> ThemesTitle { get; init; }
    public required string ThemesHowToRead { get; init; }
    public required string MedTitle { get; init; }
    public required string MedNone { get; init; }
    public required Func<int, int, int, int, string> TeamsPage { get; init; }
    public required Func<string, string, string> TeamValue { get; init; }
    public required Func<int, string> Percent { get; init; }
    public required string UnnamedTeam { get; init; }
    public required string Anonymity { get; init; }
    public required string OnlyInPrivate { get; init; }
    public required string NoRole { get; init; }
    public required string NoTeams { get; init; }

    public static OrganisationTexts For(Language language) => language == Language.English ? English : Danish;

    public static OrganisationTexts Danish { get; } = new()
    {
        Title = week => $"Trivsel i organisationen – uge {week}",
        TeamsShown = (shown, all) => $"{shown} af {all} teams vises. De øvrige havde for få svar eller ingen måling.",
        ShownTeamsRate = "Svarprocent, viste teams",
        RateValue = (answered, roster, percent) => $"{percent} % ({answered} af {roster})",
        ShownTeamsAnchor = "Trivsel i alt, viste teams",
        PooledHowTo = "Tal i alt og temaer regnes kun på de viste teams og kun på uger, hvor nok har svaret i teamet. Så kan et team med for få svar ikke findes ved at trække fra.",
        ThemesTitle = weeks => $"Temaer på tværs af teams – de seneste {weeks} uger",
        ThemesHowToRead = "0-100, højere er bedre.",
        MedTitle = "Sendt til MED fra TRIO",
        MedNone = "Ingen TRIO har sendt noget til MED endnu.",
        TeamsPage = (first, last, all, week) => $"Teams {first}-{last} af {all} – uge {week}",
        TeamValue = (percent, anchor) => $"{percent} svarede · trivsel {anchor}",
        Percent = percent => $"{percent} %",
        UnnamedTeam = "Team uden navn",
        Anonymity = "Anonymt: Hvert team vises efter sine egne regler – et tal vises kun, når mindst så mange har svaret, som teamet har valgt (aldrig under 3). Kun afsluttede uger indgår.",
        OnlyInPrivate = "Skriv **resumé organisation** til mig i en privat chat – så bliver tallene ikke vist her.",
        NoRole = "Overblikket over organisationen er kun for HR, MED og AMO. Spørg en administrator, hvis du skal have adgang.",
        NoTeams = "Ingen teams bruger TrivselsBot endnu, så der er intet overblik at vise.",
    };

    public static OrganisationTexts English { get; } = new()
    {
        Title = week => $"Wellbeing across the organisation – week {week}",
        TeamsShown = (shown, all) => $"{shown} of {all} teams are shown. The others had too few answers or no pulse.",
        ShownTeamsRate = "Response rate, teams shown",
        RateValue = (answered, roster, percent) => $"{percent}% ({answered} of {roster})",
        ShownTeamsAnchor = "Overall wellbeing, teams shown",
        PooledHowTo = "Totals and themes count only the teams shown, and only weeks in which enough answered in the team. So a team with too few answers cannot be found by subtraction.",
        ThemesTitle = weeks => $"Themes across teams – the last {weeks} weeks",
        ThemesHowToRead = "0-100, higher is better.",
        MedTitle = "Sent to MED by TRIOs",
        MedNone = "No TRIO has sent anything to MED yet.",
        TeamsPage = (first, last, all, week) => $"Teams {first}-{last} of {all} – week {week}",
        TeamValue = (percent, anchor) => $"{percent} answered · wellbeing {anchor}",
        Percent = percent => $"{percent}%",
        UnnamedTeam = "Unnamed team",
        Anonymity = "Anonymous: each team is shown under its own rules – a figure only shows when at least as many answered as the team chose (never under 3). Only finished weeks are included.",
        OnlyInPrivate = "Write **summary organisation** to me in a private chat, so the figures are not shown here.",
        NoRole = "The organisation overview is for HR, MED and AMO only. Ask an administrator if you need access.",
        NoTeams = "No teams use TrivselsBot yet, so there is no overview to show.",
    };
}
