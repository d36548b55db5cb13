using System.Globalization;
using System.Text.Json.Nodes;
using TrivselsBot.BotConnector;
using TrivselsBot.Cards;
using TrivselsBot.Localization;
using TrivselsBot.Setup;

namespace TrivselsBot.Trio;

public static class TrioSetupCard
{
    public const string Action = "trio.setup.save";

    /// <summary>Weekdays only: a TRIO meets at work.</summary>
    private static readonly DayOfWeek[] Weekdays = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    /// <param name="teams">The teams the TRIO may be for; a choice is shown when this is a TRIO chat.</param>
    /// <param name="inTeamConversation">In the team's own conversation agendas may go 1:1 or (if only the TRIO is in it) here.</param>
    public static AdaptiveCard Build(Language language, IReadOnlyList<TeamsChannelAccount> roster, IReadOnlyList<TeamSetup> teams,
        bool inTeamConversation, TrioSetup? current, AnnualCycle cycle)
    {
        var t = TrioTexts.For(language);
        var people = roster.OrderBy(m => m.Name).Select(m => new Choice(m.Name ?? m.AadObjectId!, m.AadObjectId!)).ToList();
        string? Chosen(TrioRole role) => current?.Members.Where(m => m.Roles.Contains(role)).Select(m => m.AadObjectId) is { } ids && ids.Any()
            ? string.Join(',', ids) : null;
        var body = new List<CardElement>
        {
            new TextBlock(t.SetupTitle) { Size = TextSize.Large, Weight = TextWeight.Bolder },
            new TextBlock(inTeamConversation ? t.SetupIntroTeam : t.SetupIntroChat),
        };
        if (!inTeamConversation)
        {
            body.Add(new ChoiceSetInput("team", [.. teams.Select(s => new Choice(s.Name.Length > 0 ? s.Name : s.Team.ConversationId, s.Team.Key))])
            {
                Label = t.TeamLabel, IsRequired = true, ErrorMessage = t.Required, Value = current?.Team.Key ?? (teams.Count == 1 ? teams[0].Team.Key : null),
            });
        }
        body.AddRange(
        [
            new ChoiceSetInput("leder", people) { Label = t.RoleLabel(TrioRole.Leder), IsMultiSelect = true, IsRequired = true, ErrorMessage = t.Required, Value = Chosen(TrioRole.Leder) },
            new ChoiceSetInput("tr", people) { Label = t.RoleLabel(TrioRole.TR), IsMultiSelect = true, Value = Chosen(TrioRole.TR) },
            new ChoiceSetInput("amr", people) { Label = t.RoleLabel(TrioRole.AMR), IsMultiSelect = true, Value = Chosen(TrioRole.AMR) },
            new ChoiceSetInput("day", [.. Weekdays.Select(d => new Choice(t.DayNames[(int)d], ((int)d).ToString(CultureInfo.InvariantCulture)))])
            {
                Label = t.DayLabel, IsRequired = true, ErrorMessage = t.Required, Value = ((int)(current?.MeetingDay ?? DayOfWeek.Tuesday)).ToString(CultureInfo.InvariantCulture),
            },
            new ChoiceSetInput("interval", [.. Enumerable.Range(1, 4).Select(w => new Choice(t.EveryWeeks(w), w.ToString(CultureInfo.InvariantCulture)))])
            {
                Label = t.IntervalLabel, IsRequired = true, ErrorMessage = t.Required, Value = (current?.IntervalWeeks ?? 2).ToString(CultureInfo.InvariantCulture),
            },
            new TimeInput("time") { Label = t.TimeLabel, IsRequired = true, ErrorMessage = t.Required, Value = (current?.MeetingTime ?? new TimeOnly(10, 0)).ToString("HH:mm", CultureInfo.InvariantCulture) },
            new NumberInput("agendaDays") { Label = t.AgendaDaysLabel, Min = 1, Max = 5, Value = current?.AgendaWorkingDaysBefore ?? 2, IsRequired = true, ErrorMessage = t.BadAgendaDays },
        ]);
        if (inTeamConversation)
        {
            body.Add(new ChoiceSetInput("destination", [new(t.DestinationPersonal, "personal"), new(t.DestinationHere, "chat")])
            {
                Label = t.DestinationLabel, IsRequired = true, ErrorMessage = t.Required, Style = "expanded",
                Value = current?.Destination == TrioDestination.GroupChat ? "chat" : "personal",
            });
        }
        foreach (var item in cycle.Tracked)
        {
            body.Add(new DateInput("last-" + item.Id)
            {
                Label = t.LastDoneLabel(item.Name(language)),
                Value = current?.LastDone.TryGetValue(item.Id, out var last) == true ? last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
            });
        }
        body.Add(new TextBlock(t.SetupPrivacy) { Size = TextSize.Small, IsSubtle = true });
        return new AdaptiveCard(body, [new SubmitAction(t.Save, new JsonObject { ["action"] = Action }) { Style = "positive" }]);
    }

    public static AdaptiveCard Saved(Language language, TrioSetup setup, string teamName, DateOnly nextMeeting)
    {
        var t = TrioTexts.For(language);
        var culture = t.Culture;
        string Names(TrioRole role) => string.Join(", ", setup.Members.Where(m => m.Roles.Contains(role)).Select(m => m.Name)) is { Length: > 0 } names ? names : "–";
        return new AdaptiveCard(
        [
            new TextBlock(t.SavedTitle(teamName)) { Size = TextSize.Large, Weight = TextWeight.Bolder },
            new FactSet(
            [
                new(t.RoleLabel(TrioRole.Leder), Names(TrioRole.Leder)),
                new(t.RoleLabel(TrioRole.TR), Names(TrioRole.TR)),
                new(t.RoleLabel(TrioRole.AMR), Names(TrioRole.AMR)),
                new(t.Cadence, $"{t.EveryWeeks(setup.IntervalWeeks)}, {t.DayNames[(int)setup.MeetingDay]} {setup.MeetingTime:HH\\:mm}"),
                new(t.NextMeeting, nextMeeting.ToString("dddd d. MMMM", culture)),
                new(t.AgendaComes, t.WorkingDaysBefore(setup.AgendaWorkingDaysBefore)),
                new(t.DestinationLabel, setup.Destination == TrioDestination.GroupChat ? t.DestinationHere : t.DestinationPersonal),
            ]),
        ]);
    }
}
