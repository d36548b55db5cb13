using TrivselsBot.Localization;

namespace TrivselsBot.Administration;

public sealed record ErasureTexts
{
    public required string Word { get; init; }
    public required string Description { get; init; }
    public required string Usage { get; init; }
    public required string OnlyInTeams { get; init; }
    public required string NotAllowed { get; init; }
    public required string RosterUnavailable { get; init; }
    public required string ConfirmTitle { get; init; }
    public required string WhatGoes { get; init; }
    public required IReadOnlyList<string> Deleted { get; init; }
    public required string WhatStays { get; init; }
    public required string CannotBeUndone { get; init; }
    public required string EraseAll { get; init; }
    public required string Cancel { get; init; }
    public required string Cancelled { get; init; }
    public required string CardNotForThisTeam { get; init; }
    public required Func<string, string> Done { get; init; }

    public static ErasureTexts For(Language language) => language == Language.English ? English : Danish;

    public static ErasureTexts Danish { get; } = new()
    {
        Word = "slet",
        Description = "Slet alle teamets data (kun teamejere og administratorer): skriv \"slet data\".",
        Usage = "Skriv \"slet data\", hvis du vil slette alt, hvad TrivselsBot har gemt om teamet.",
        OnlyInTeams = "\"slet data\" virker kun i et team eller en gruppechat.",
        NotAllowed = "Kun en ejer af teamet eller en administrator kan slette teamets data.",
        RosterUnavailable = "Jeg kan ikke se, hvem der er med i teamet lige nu. Prøv igen om lidt.",
        ConfirmTitle = "Vil du slette alle teamets data?",
        WhatGoes = "Det her bliver slettet:",
        Deleted =
        [
            "alle svar og kommentarer fra pulsmålingerne",
            "hvem der har svaret og fået spørgsmålene",
            "de samlede tal, som resuméerne bygger på",
            "teamets opsætning, grupper og de planlagte pulsmålinger",
            "TRIO'ens opsætning, dagsordener, beslutninger og handlinger",
            "hvad jeg har gemt om teamets samtaler",
        ],
        WhatStays = "Loggen over opslag og handlinger beholder kun, hvem der gjorde hvad og hvornår, ikke hvilket team.",
        CannotBeUndone = "Det kan ikke fortrydes.",
        EraseAll = "Slet alt",
        Cancel = "Fortryd",
        Cancelled = "Intet er slettet.",
        CardNotForThisTeam = "Kortet hører ikke til dette team, eller det er for gammelt. Skriv \"slet data\" igen.",
        Done = id => $"Alle teamets data er slettet. Sletningen står i loggen som {id}. Skriv \"opsæt\", hvis I vil bruge TrivselsBot igen.",
    };

    public static ErasureTexts English { get; } = new()
    {
        Word = "delete",
        Description = "Delete all of the team's data (team owners and administrators only): write \"delete data\".",
        Usage = "Write \"delete data\" to delete everything TrivselsBot has stored about the team.",
        OnlyInTeams = "\"delete data\" only works in a team or a group chat.",
        NotAllowed = "Only an owner of the team or an administrator can delete the team's data.",
        RosterUnavailable = "I cannot see who is in the team right now. Please try again in a moment.",
        ConfirmTitle = "Delete all of the team's data?",
        WhatGoes = "This will be deleted:",
        Deleted =
        [
            "all answers and comments from the pulses",
            "who answered and who got the questions",
            "the totals the summaries are built from",
            "the team's setup, groups and scheduled pulses",
            "the TRIO's setup, agendas, decisions and actions",
            "what I have stored about the team's conversations",
        ],
        WhatStays = "The log of requests and actions keeps only who did what and when, not which team.",
        CannotBeUndone = "This cannot be undone.",
        EraseAll = "Delete everything",
        Cancel = "Cancel",
        Cancelled = "Nothing was deleted.",
        CardNotForThisTeam = "This card does not belong to this team, or it is too old. Write \"delete data\" again.",
        Done = id => $"All of the team's data is deleted. The log records the erasure as {id}. Write \"setup\" to use TrivselsBot again.",
    };
}
