namespace TrivselsBot.Localization;

/// <summary>Every sentence the bot says, in one language. Danish first; plain words a busy social worker reads at a glance.</summary>
public sealed record BotTexts
{
    public required string WelcomeTitle { get; init; }
    public required string WelcomeIntro { get; init; }
    public required IReadOnlyList<string> WelcomePoints { get; init; }
    public required string AnonymityTitle { get; init; }
    public required Func<int, string> AnonymityPromise { get; init; }
    public required string WelcomeNextStep { get; init; }
    public required string HelpTitle { get; init; }
    public required string HelpMentionHint { get; init; }
    public required string HelpCommand { get; init; }
    public required string HelpCommandDescription { get; init; }
    public required string UnknownCommand { get; init; }
    public required string SomethingWentWrong { get; init; }
    public required string UnknownCardAction { get; init; }

    public static BotTexts Danish { get; } = new()
    {
        WelcomeTitle = "Hej! Jeg er TrivselsBot",
        WelcomeIntro = "Jeg hjælper jer med at holde øje med trivslen i hverdagen – mellem APV og de store trivselsmålinger.",
        WelcomePoints =
        [
            "Hver uge får du et kort spørgeskema her i Teams: 3-5 spørgsmål, under ét minut.",
            "Lederen og TRIO'en (leder, TR og AMR) ser kun samlede tal for hele teamet.",
            "TRIO'en får en dagsorden ud fra svarene og følger op, så I kan se, hvad der sker.",
        ],
        AnonymityTitle = "Dine svar er anonyme",
        AnonymityPromise = k => $"Svarene gemmes uden dit navn. Ingen – heller ikke lederen – kan se, hvad du har svaret. Tal vises kun, når mindst {k} har svaret.",
        WelcomeNextStep = "Skriv **hjælp** for at se, hvad jeg kan.",
        HelpTitle = "Det kan du skrive til mig",
        HelpMentionHint = "I en kanal eller gruppechat skal du nævne mig først, fx **@TrivselsBot hjælp**.",
        HelpCommand = "hjælp",
        HelpCommandDescription = "Viser denne oversigt.",
        UnknownCommand = "Det forstod jeg ikke. Skriv **hjælp** for at se, hvad jeg kan.",
        SomethingWentWrong = "Beklager, noget gik galt hos mig. Prøv igen om lidt.",
        UnknownCardAction = "Det kort kan jeg ikke bruge længere. Skriv **hjælp** for at se, hvad jeg kan.",
    };

    public static BotTexts English { get; } = new()
    {
        WelcomeTitle = "Hi! I'm TrivselsBot",
        WelcomeIntro = "I help your workplace keep an eye on wellbeing week by week – between the APV and the big wellbeing surveys.",
        WelcomePoints =
        [
            "Every week you get a short check-in here in Teams: 3-5 questions, under a minute.",
            "The leader and the TRIO (leader, union rep and safety rep) only see totals for the whole team.",
            "The TRIO gets an agenda from the answers and follows up, so you can see what happens.",
        ],
        AnonymityTitle = "Your answers are anonymous",
        AnonymityPromise = k => $"Answers are stored without your name. Nobody – not even your leader – can see what you answered. Figures are only shown when at least {k} people have answered.",
        WelcomeNextStep = "Type **help** to see what I can do.",
        HelpTitle = "What you can write to me",
        HelpMentionHint = "In a channel or group chat, mention me first, e.g. **@TrivselsBot help**.",
        HelpCommand = "help",
        HelpCommandDescription = "Shows this overview.",
        UnknownCommand = "I didn't catch that. Type **help** to see what I can do.",
        SomethingWentWrong = "Sorry, something went wrong on my side. Please try again in a moment.",
        UnknownCardAction = "I can no longer use that card. Type **help** to see what I can do.",
    };
}
