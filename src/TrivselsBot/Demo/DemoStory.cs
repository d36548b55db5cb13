using TrivselsBot.CheckIns.Questions;

namespace TrivselsBot.Demo;

/// <summary>One demo person's answer to one week's pulse: a score 1-5 per question (null = "vil ikke svare"), maybe a comment.</summary>
public sealed record DemoAnswer(DemoPerson Person, IReadOnlyDictionary<string, int?> Scores, string? Comment);

/// <summary>
/// What the demo workplace went through in the twelve weeks before the try, the same on every run: calm weeks, then a
/// vacancy in Hus Syd from week 6 (workload rising, recovery and support falling), threats against staff in weeks 7 and
/// 8, the TRIO's decision of a steady weekend substitute, and recovery from week 10. Week 3 is a holiday week in which
/// too few answered. Week 13 is the week of the try: four colleagues answered already, so one more answer reaches k.
/// </summary>
public static class DemoStory
{
    public const int ClosedWeeks = 12;
    public const int CurrentWeek = ClosedWeeks + 1;

    /// <summary>The answers of <paramref name="team"/>'s members to week <paramref name="week"/> (1 = oldest; 13 = the week of the try).</summary>
    public static IReadOnlyList<DemoAnswer> TeamAnswers(DemoTeam team, int week, IReadOnlyList<Question> questions)
    {
        var random = new Random(Seed(team.ConversationId, week));
        var members = team.Members.OrderBy(_ => random.Next()).ToList();
        var respondents = week == CurrentWeek
            ? [.. team.Synthetic.Take(4)]
            : members.Take(Respondents(team, week)).ToList();
        var comments = team == DemoWorkplace.Solsikken && week < CurrentWeek ? Comments(week) : [];
        return [.. respondents.Select((person, i) => new DemoAnswer(
            person,
            questions.ToDictionary(q => q.Id, q => Score(random, q, Goodness(team, ThemeOf(q), week), allowDecline: q is ThemedQuestion)),
            i < comments.Count ? comments[i] : null))];
    }

    /// <summary>The leaders' own pulse of week <paramref name="week"/>: five or six of the six leaders answer.</summary>
    public static IReadOnlyList<DemoAnswer> LeaderAnswers(IReadOnlyList<DemoPerson> leaders, int week, IReadOnlyList<Question> questions)
    {
        var random = new Random(Seed("leaders", week));
        var answering = leaders.OrderBy(_ => random.Next()).Take(week % 4 == 1 ? leaders.Count - 1 : leaders.Count);
        return [.. answering.Select(person => new DemoAnswer(
            person,
            questions.ToDictionary(q => q.Id, q => Score(random, q, q.Id == "leader-cross-pressure" && week is >= 6 and <= 9 ? 2.0 : 3.4, allowDecline: false)),
            null))];
    }

    private static int Respondents(DemoTeam team, int week)
    {
        if (team == DemoWorkplace.Solsikken) return week == 3 ? 4 : 10 + (week * 7 % 4);
        if (team == DemoWorkplace.Natholdet) return week % 3 == 0 ? 7 : 8;
        return week % 2 == 0 ? 4 : 3;
    }

    private static string ThemeOf(Question question) => question is ThemedQuestion themed ? themed.ThemeId : "anchor";

    /// <summary>How good the week felt on a theme, 1 (bad) to 5 (good).</summary>
    private static double Goodness(DemoTeam team, string theme, int week)
    {
        if (team != DemoWorkplace.Solsikken) return team == DemoWorkplace.Natholdet ? 3.7 : 3.4;
        var vacancy = week is >= 6 and <= 9;
        return theme switch
        {
            "anchor" => week switch { 6 => 3.2, 7 => 2.6, 8 => 2.5, 9 => 2.9, 10 => 3.4, 11 => 3.7, _ => 3.9 },
            "workload" => week switch { 6 => 2.4, 7 => 2.0, 8 => 1.9, 9 => 2.2, 10 => 2.9, 11 => 3.3, _ => 3.6 },
            "violence-and-tone" => week is 7 or 8 ? 1.7 : 3.9,
            "emotional-demands" => vacancy ? 2.6 : 3.3,
            "support" => vacancy ? 2.9 : 3.9,
            "safety-recovery-development" => vacancy ? 2.5 : 3.5,
            _ => 3.7,
        };
    }

    private static int? Score(Random random, Question question, double goodness, bool allowDecline)
    {
        var noise = random.Next(5) switch { 0 => -1, 4 => 1, _ => 0 };
        var declines = allowDecline && random.Next(25) == 0;
        var good = Math.Clamp((int)Math.Round(goodness, MidpointRounding.AwayFromZero) + noise, 1, 5);
        if (declines) return null;
        return question.Direction == ScoreDirection.HigherIsBetter ? good : 6 - good;
    }

    private static IReadOnlyList<string> Comments(int week) => week switch
    {
        <= 5 =>
        [
            "Godt samarbejde i huset i denne uge.",
            "Dejligt med den nye tirsdagsaktivitet for beboerne.",
            "Savner lidt mere tid til dokumentation.",
            week == 3 ? "Stille uge med ferie." : "God stemning på personalemødet.",
        ],
        6 or 9 =>
        [
            "Vi er for få på vagt i weekenden, siden stillingen i Hus Syd blev ledig.",
            "Mange ekstravagter – jeg er træt.",
            "Svært at nå det pædagogiske arbejde, når vi hele tiden dækker huller.",
            "Tak til kollegerne for at træde til.",
        ],
        7 or 8 =>
        [
            "En beboer truede en kollega i torsdags. Godt at vi tog det op bagefter.",
            "Utryg stemning i Hus Syd efter episoden.",
            "Vi er for få på vagt i weekenden.",
            "Jeg vil gerne have en gennemgang af tryghedsplanen.",
        ],
        _ =>
        [
            "Det hjælper med den faste vikar i weekenderne.",
            "Bedre ro på vagtplanen nu.",
            "Debriefingen efter episoden var god.",
            "Stadig travlt, men det går den rigtige vej.",
        ],
    };

    private static int Seed(string name, int week)
    {
        var seed = 17;
        foreach (var c in name) seed = unchecked(seed * 31 + c);
        return unchecked(seed * 31 + week);
    }
}
