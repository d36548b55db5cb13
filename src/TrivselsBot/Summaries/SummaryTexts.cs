using TrivselsBot.Localization;

namespace TrivselsBot.Summaries;

/// <summary>Every sentence of the leader summary, in one language. Danish first; plain words a busy leader reads at a glance.</summary>
public sealed record SummaryTexts
{
    public required Func<string, int, string> Title { get; init; }
    public required string ResponseRateLabel { get; init; }
    public required Func<int, int, int, string> ResponseRate { get; init; }
    public required string TooFewAnswers { get; init; }
    public required string NotMeasured { get; init; }
    public required string AnchorTitle { get; init; }
    public required string AnchorBefore { get; init; }
    public required Func<int, string> TrendTitle { get; init; }
    public required string TrendGaps { get; init; }
    public required string ScaleTitle { get; init; }
    public required string WeekAxis { get; init; }
    public required Func<int, string> Week { get; init; }
    public required Func<int, string> BalanceTitle { get; init; }
    public required string Loads { get; init; }
    public required string Resources { get; init; }
    public required string BalanceHowToRead { get; init; }
    public required Func<int, string> ThemesTitle { get; init; }
    public required Func<int, string> ThemesHowToRead { get; init; }
    public required string Before { get; init; }
    public required string AttentionTitle { get; init; }
    public required Func<AttentionReason, string> Reason { get; init; }
    public required Func<int, string> Anonymity { get; init; }

    public static SummaryTexts For(Language language) => language == Language.English ? English : Danish;

    public static SummaryTexts Danish { get; } = new()
    {
        Title = (team, week) => $"Trivsel i {team} – uge {week}",
        ResponseRateLabel = "Svarprocent",
        ResponseRate = (answered, roster, percent) => $"{answered} af {roster} svarede ({percent} %)",
        TooFewAnswers = "for få svar",
        NotMeasured = "ikke målt",
        AnchorTitle = "Trivsel i alt",
        AnchorBefore = "mod de 4 uger før",
        TrendTitle = weeks => $"De seneste {weeks} uger",
        TrendGaps = "Hul eller · = for få svar eller ingen måling den uge",
        ScaleTitle = "0-100, højere er bedre",
        WeekAxis = "Uge",
        Week = week => $"uge {week}",
        BalanceTitle = weeks => $"Vægten – de seneste {weeks} uger",
        Loads = "Belastninger",
        Resources = "Ressourcer",
        BalanceHowToRead = "Belastninger: højere er tungere. Ressourcer: højere er bedre.",
        ThemesTitle = weeks => $"Temaer – de seneste {weeks} uger",
        ThemesHowToRead = weeks => $"0-100, højere er bedre. Pilen viser ændringen mod de {weeks} uger før.",
        Before = "før",
        AttentionTitle = "Godt at tale om",
        Reason = reason => reason == AttentionReason.Lowest ? "lavest lige nu" : "faldet mest",
        Anonymity = k => $"Anonymt: Et tal vises kun, når mindst {k} har svaret. Uger med færre svar tæller ikke med i gennemsnit, udvikling eller Vægten. Kun afsluttede uger indgår.",
    };

    public static SummaryTexts English { get; } = new()
    {
        Title = (team, week) => $"Wellbeing in {team} – week {week}",
        ResponseRateLabel = "Response rate",
        ResponseRate = (answered, roster, percent) => $"{answered} of {roster} answered ({percent}%)",
        TooFewAnswers = "too few answers",
        NotMeasured = "not measured",
        AnchorTitle = "Overall wellbeing",
        AnchorBefore = "against the 4 weeks before",
        TrendTitle = weeks => $"The last {weeks} weeks",
        TrendGaps = "A gap or · = too few answers or no pulse that week",
        ScaleTitle = "0-100, higher is better",
        WeekAxis = "Week",
        Week = week => $"week {week}",
        BalanceTitle = weeks => $"Vægten (the balance) – the last {weeks} weeks",
        Loads = "Loads",
        Resources = "Resources",
        BalanceHowToRead = "Loads: higher is heavier. Resources: higher is better.",
        ThemesTitle = weeks => $"Themes – the last {weeks} weeks",
        ThemesHowToRead = weeks => $"0-100, higher is better. The arrow shows the change against the {weeks} weeks before.",
        Before = "before",
        AttentionTitle = "Worth talking about",
        Reason = reason => reason == AttentionReason.Lowest ? "lowest right now" : "fell the most",
        Anonymity = k => $"Anonymous: a figure is only shown when at least {k} have answered. Weeks with fewer answers are left out of every average, change and Vægten. Only finished weeks are included.",
    };
}
