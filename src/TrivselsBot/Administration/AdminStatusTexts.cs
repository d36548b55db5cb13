using TrivselsBot.Localization;

namespace TrivselsBot.Administration;

public sealed record AdminStatusTexts
{
    public required string Title { get; init; }
    public required string Version { get; init; }
    public required string Storage { get; init; }
    public required string Scheduler { get; init; }
    public required string Healthy { get; init; }
    public required string Unhealthy { get; init; }
    public required Func<int, string> TeamsConfigured { get; init; }
    public required string NoTeams { get; init; }
    public required string NextPulse { get; init; }
    public required string NotScheduled { get; init; }
    public required Func<int, string> LastWeek { get; init; }
    public required string TooFew { get; init; }
    public required string NoPulse { get; init; }
    public required string ThisWeek { get; init; }
    public required string NotSentYet { get; init; }
    public required Func<int, string> MoreTeams { get; init; }

    public static AdminStatusTexts For(Language language) => language == Language.English ? English : Danish;

    public static AdminStatusTexts Danish { get; } = new()
    {
        Title = "Status for TrivselsBot",
        Version = "Version",
        Storage = "Lager (Table Storage)",
        Scheduler = "Planlægning (Quartz)",
        Healthy = "virker",
        Unhealthy = "virker ikke",
        TeamsConfigured = n => n == 1 ? "1 team er sat op" : $"{n} teams er sat op",
        NoTeams = "Ingen teams er sat op endnu.",
        NextPulse = "Næste puls",
        NotScheduled = "ikke planlagt",
        LastWeek = week => $"Svar i uge {week}",
        TooFew = "for få svar til at vise",
        NoPulse = "ingen puls",
        ThisWeek = "Denne uges puls",
        NotSentYet = "ikke sendt endnu",
        MoreTeams = n => $"… og {n} teams mere.",
    };

    public static AdminStatusTexts English { get; } = new()
    {
        Title = "TrivselsBot status",
        Version = "Version",
        Storage = "Storage (Table Storage)",
        Scheduler = "Scheduling (Quartz)",
        Healthy = "working",
        Unhealthy = "not working",
        TeamsConfigured = n => n == 1 ? "1 team is set up" : $"{n} teams are set up",
        NoTeams = "No team is set up yet.",
        NextPulse = "Next pulse",
        NotScheduled = "not scheduled",
        LastWeek = week => $"Answers in week {week}",
        TooFew = "too few answers to show",
        NoPulse = "no pulse",
        ThisWeek = "This week's pulse",
        NotSentYet = "not sent yet",
        MoreTeams = n => $"… and {n} more teams.",
    };
}
