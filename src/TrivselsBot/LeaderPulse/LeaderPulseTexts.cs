using TrivselsBot.Localization;

namespace TrivselsBot.LeaderPulse;

/// <summary>The leaders' own pulse card and its place in the organisation overview. Danish first.</summary>
public sealed record LeaderPulseTexts
{
    public required Func<int, string> Title { get; init; }
    public required Func<int, int, string> Intro { get; init; }
    public required Func<int, string> OverviewTitle { get; init; }
    public required string Respondents { get; init; }
    public required Func<int, string> HowToRead { get; init; }

    public static LeaderPulseTexts For(Language language) => language == Language.English ? English : Danish;

    public static LeaderPulseTexts Danish { get; } = new()
    {
        Title = week => $"Din egen trivsel som leder – uge {week}",
        Intro = (questions, k) => $"{questions} korte spørgsmål om dit eget arbejdsmiljø, under ét minut. Svarene samles for hele ledergruppen og vises kun i organisationens overblik, når mindst {k} ledere har svaret – aldrig for dit team eller for dig.",
        OverviewTitle = week => $"Ledernes egen trivsel – uge {week}",
        Respondents = "Ledere, der svarede",
        HowToRead = k => $"Hele ledergruppen samlet, kun når mindst {k} ledere har svaret. 0-100, højere er bedre – også for krydspres, hvor 100 er intet krydspres.",
    };

    public static LeaderPulseTexts English { get; } = new()
    {
        Title = week => $"Your own wellbeing as a leader – week {week}",
        Intro = (questions, k) => $"{questions} short questions about your own work environment, under a minute. Answers are pooled for the whole leader group and shown only in the organisation overview, when at least {k} leaders have answered – never for your team or for you.",
        OverviewTitle = week => $"The leaders' own wellbeing – week {week}",
        Respondents = "Leaders who answered",
        HowToRead = k => $"The whole leader group together, only when at least {k} leaders answered. 0-100, higher is better – also for cross-pressure, where 100 is none.",
    };
}
