using TrivselsBot.Localization;

namespace TrivselsBot.Summaries;

/// <summary>A question a leader can take to the team or the TRIO, quoted (or lightly reworded, as marked) from a source document.</summary>
public sealed record DialogueQuestion(string Da, string En, string Source)
{
    public string Text(Language language) => language == Language.English ? En : Da;
}

/// <summary>
/// Two dialogue questions per theme of the shipped question bank. Sources: 002 BFA "Sæt spot på lederes trivsel"
/// (Vægten), 004 Socialpædagogerne "Den gode Arbejdsplads". A theme an organisation adds to its own bank gets Vægten's
/// two guiding questions.
/// </summary>
public static class DialogueQuestions
{
    private const string Vaegten002 = "002 BFA, Vægten: hvis der er ubalance";

    /// <summary>BFA's guiding questions for a Vægten out of balance.</summary>
    public static IReadOnlyList<DialogueQuestion> Vaegten { get; } =
    [
        new("Hvilke belastninger kan lettes?", "Which loads can be eased?", Vaegten002),
        new("Hvilke ressourcer kan der skrues op for?", "Which resources can be turned up?", Vaegten002),
    ];

    private static readonly Dictionary<string, IReadOnlyList<DialogueQuestion>> ByTheme = new(StringComparer.Ordinal)
    {
        ["workload"] =
        [
            Vaegten[0],
            new("Ved vi, hvornår arbejdet er udført godt nok?", "Do we know when the work is done well enough?",
                "004, seks faktorer: passende og klare krav (omformuleret til spørgsmål)"),
        ],
        ["emotional-demands"] =
        [
            new("Er der de rammer for fælles refleksion, vidensdeling og supervision, vi har brug for?",
                "Do we have the room for shared reflection, knowledge sharing and supervision that we need?",
                "004, vold og trusler – en faglig udfordring: faglige fællesskaber, fælles refleksion, supervision (omformuleret)"),
            Vaegten[1],
        ],
        ["violence-and-tone"] =
        [
            new("Har vi en ordentlig omgangstone?", "Do we speak to each other decently?", "004, relationel koordinering"),
            new("Er der afsat tid til fælles refleksion og kompetenceudvikling om fx konflikthåndtering?",
                "Is there time set aside for shared reflection and training in, for example, handling conflict?",
                "004, forebyggelse af vold og trusler: dialog i MED om rammerne (omformuleret)"),
        ],
        ["change-and-predictability"] =
        [
            new("Hvad kommer forandringerne til at betyde for kerneopgaven og for vores opgaveløsning?",
                "What will the changes mean for the core task and for how we do our work?", "004, forandringer"),
            new("Hvilke oplysninger skal vi som medarbejdere give tilbage til ledelsen i forbindelse med forandringerne?",
                "What information should we as staff give back to management about the changes?", "004, forandringer (forkortet)"),
        ],
        ["influence-and-meaning"] =
        [
            new("Hvad skal der til for, at I oplever jeres møder som meningsfulde og effektive?",
                "What would make your meetings feel meaningful and effective?", "004, tidsmiljø: møder med mening"),
            new("Hvad tænder gejsten hos jer hver især?", "What sparks your enthusiasm, each of you?",
                "002, mening og indflydelse (lederversionens \"… som ledere\" udeladt)"),
        ],
        ["support"] =
        [
            new("Hvilke muligheder for støtte og sparring er der hos jer – og bruger I dem?",
                "What chances for support and sparring do you have – and do you use them?",
                "002, støtte og sparring: \"Hvilke muligheder er der hos jer? Bruger I dem?\""),
            new("Er der de informationskanaler og de mødefora, der er brug for?",
                "Are there the channels of information and the meetings that are needed?", "004, relationel koordinering"),
        ],
        ["recognition-and-fairness"] =
        [
            new("Hvordan sikres det, at fordelingen af vagter opleves retfærdig?",
                "How do we make sure the shifts are shared out in a way that feels fair?", "004, arbejdstid: fordeling af vagter"),
            new("Er processer og procedurer gennemskuelige og rimelige for dem, de vedrører?",
                "Are processes and procedures clear and reasonable to those they concern?", "004, social kapital: retfærdighed"),
        ],
        ["safety-recovery-development"] =
        [
            new("Hvordan håndterer vi faglige uenigheder?", "How do we handle professional disagreement?", "004, relationel koordinering"),
            new("Hvordan sikrer I, at alle kan holde pauser i en travl hverdag?",
                "How do you make sure everyone can take breaks on a busy day?", "004, tidsmiljø: pausekultur"),
        ],
    };

    public static IReadOnlyList<DialogueQuestion> For(string themeId) => ByTheme.GetValueOrDefault(themeId, Vaegten);
}
