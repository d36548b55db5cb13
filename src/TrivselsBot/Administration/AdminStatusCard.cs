using System.Globalization;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using TrivselsBot.Cards;
using TrivselsBot.Localization;
using TrivselsBot.Scheduling;
using TrivselsBot.Setup;
using TrivselsBot.Summaries;

namespace TrivselsBot.Administration;

public static class AdminStatusCard
{
    public static AdaptiveCard Build(Language language, AdminStatusReport report)
    {
        var t = AdminStatusTexts.For(language);
        var body = new List<CardElement>
        {
            new TextBlock(t.Title) { Size = TextSize.Medium, Weight = TextWeight.Bolder },
            new FactSet(
            [
                new(t.Version, report.Version),
                new(t.Storage, Health(t, report.Health.GetValueOrDefault("storage", HealthStatus.Unhealthy))),
                new(t.Scheduler, Health(t, report.Health.GetValueOrDefault("scheduler", HealthStatus.Unhealthy))),
            ]),
            new TextBlock(report.Teams.Count == 0 ? t.NoTeams : t.TeamsConfigured(report.Teams.Count + report.MoreTeams)) { Weight = TextWeight.Bolder },
        };
        body.AddRange(report.Teams.Select(team => (CardElement)new Container(
        [
            new TextBlock(team.Name) { Weight = TextWeight.Bolder },
            new FactSet(
            [
                new(t.NextPulse, team.NextPulse is { } next
                    ? Copenhagen.LocalTime(next).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)
                    : t.NotScheduled),
                new(t.LastWeek(team.LastWeek.Week), Rate(t, team.LastWeekResponseRate)),
                new(t.ThisWeek, team.ThisWeek is { } progress ? StatusTexts.For(language).Progress(progress) : t.NotSentYet),
            ]),
        ]) { Separator = true }));
        if (report.MoreTeams > 0) body.Add(new TextBlock(t.MoreTeams(report.MoreTeams)) { IsSubtle = true });
        return new AdaptiveCard(body);
    }

    private static string Health(AdminStatusTexts t, HealthStatus status) => status == HealthStatus.Healthy ? t.Healthy : t.Unhealthy;

    private static string Rate(AdminStatusTexts t, Figure rate) => rate.State switch
    {
        FigureState.Shown => string.Create(CultureInfo.InvariantCulture, $"{rate.Value:0} %"),
        FigureState.Suppressed => t.TooFew,
        _ => t.NoPulse,
    };
}
