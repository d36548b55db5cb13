using System.Globalization;
using System.Text.Json;
using TrivselsBot.Cards;
using TrivselsBot.Localization;
using TrivselsBot.Setup;

namespace TrivselsBot.Trio;

/// <summary>Reads the TRIO setup card's inputs (strings, as Teams sends them) into a setup, or says what is wrong.</summary>
public static class TrioSetupSubmission
{
    public static (TrioSetup? Setup, string? Problem) Read(JsonElement value, TrioSetupContext context, AnnualCycle cycle, DateOnly today, Language language)
    {
        var t = TrioTexts.For(language);
        var team = context.InTeamConversation
            ? context.Teams[0]
            : context.Teams.FirstOrDefault(s => s.Team.Key == CardInput.Text(value, "team"));
        if (team is null) return (null, t.BadTeam);

        var byAad = context.Members.Where(m => m.AadObjectId is not null).ToDictionary(m => m.AadObjectId!, StringComparer.OrdinalIgnoreCase);
        var roles = new Dictionary<string, List<TrioRole>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (input, role) in (ReadOnlySpan<(string, TrioRole)>)[("leder", TrioRole.Leder), ("tr", TrioRole.TR), ("amr", TrioRole.AMR)])
        {
            foreach (var id in CardInput.Text(value, input)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [])
            {
                if (!byAad.ContainsKey(id)) return (null, t.BadMembers);
                if (!roles.TryGetValue(id, out var list)) roles[id] = list = [];
                if (!list.Contains(role)) list.Add(role);
            }
        }
        if (!roles.Values.Any(r => r.Contains(TrioRole.Leder))) return (null, t.NeedsLeader);
        if (!roles.Values.Any(r => r.Contains(TrioRole.TR) || r.Contains(TrioRole.AMR))) return (null, t.NeedsRepresentative);

        if (!int.TryParse(CardInput.Text(value, "day"), NumberStyles.None, CultureInfo.InvariantCulture, out var day) || day is < 1 or > 5) return (null, t.BadDay);
        if (!int.TryParse(CardInput.Text(value, "interval"), NumberStyles.None, CultureInfo.InvariantCulture, out var interval) || interval is < 1 or > 4) return (null, t.BadInterval);
        if (!TimeOnly.TryParseExact(CardInput.Text(value, "time"), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)) return (null, t.BadTime);
        if (!CardInput.WholeNumber(CardInput.Text(value, "agendaDays"), out var agendaDays) || agendaDays is < 1 or > 5) return (null, t.BadAgendaDays);
        // Weekly meetings with the agenda a whole working week before would put it on the day of the meeting before.
        if (interval == 1 && agendaDays == 5) return (null, t.AgendaBeforeLastMeeting);

        var destination = !context.InTeamConversation || CardInput.Text(value, "destination") == "chat" ? TrioDestination.GroupChat : TrioDestination.Personal;
        // Everyone in the chat the agendas go to must be in the TRIO: nobody else may read them.
        if (destination == TrioDestination.GroupChat && context.Members.Any(m => m.AadObjectId is null || !roles.ContainsKey(m.AadObjectId))) return (null, t.ChatHasOthers);

        var lastDone = new Dictionary<string, DateOnly>();
        foreach (var item in cycle.Tracked)
        {
            if (CardInput.Text(value, "last-" + item.Id) is not { Length: > 0 } text) continue;
            if (!CardInput.Date(text, out var date) || date > today) return (null, t.BadLastDone(item.Name(language)));
            lastDone[item.Id] = date;
        }

        var meetingDay = (DayOfWeek)day;
        var first = FirstMeeting(context.Existing is { } existing && existing.Team == team.Team ? existing : null, meetingDay, interval, today);
        return (new TrioSetup
        {
            Team = team.Team,
            Members = [.. roles.Select(r => new TrioMember(byAad[r.Key].AadObjectId!, byAad[r.Key].Id!, byAad[r.Key].Name ?? "", r.Value))],
            MeetingDay = meetingDay,
            MeetingTime = time,
            IntervalWeeks = interval,
            FirstMeeting = first,
            AgendaWorkingDaysBefore = agendaDays,
            Destination = destination,
            ChatConversationId = destination == TrioDestination.GroupChat ? context.Here.ConversationId : null,
            LastDone = lastDone,
        }, null);
    }

    /// <summary>
    /// Saving the card again with the same day and interval (say, to record an APV date) keeps the meetings where they
    /// are; a new day or interval starts the cadence on the first such weekday after today.
    /// </summary>
    private static DateOnly FirstMeeting(TrioSetup? existing, DayOfWeek meetingDay, int intervalWeeks, DateOnly today)
    {
        if (existing is not null && existing.MeetingDay == meetingDay && existing.IntervalWeeks == intervalWeeks) return existing.FirstMeeting;
        var first = today.AddDays(1);
        while (first.DayOfWeek != meetingDay) first = first.AddDays(1);
        return first;
    }
}
