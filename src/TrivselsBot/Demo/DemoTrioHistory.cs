using TrivselsBot.Scheduling;
using TrivselsBot.Setup;
using TrivselsBot.Trio;

namespace TrivselsBot.Demo;

/// <summary>
/// The demo TRIO's history, written through the <see cref="TrioStore"/> as its cards write it: two past meetings with
/// their decisions and actions (one done, one overdue, two open), an item sent to MED, a point for the next meeting, and
/// an APV due within the årshjul's 30 days.
/// </summary>
public sealed class DemoTrioHistory(TrioStore store, TrioSchedules schedules)
{
    public async Task WriteAsync(TeamRef team, DateTimeOffset now, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(Copenhagen.LocalTime(now));
        var lastMeeting = LastTuesdayBefore(today);
        var firstMeeting = lastMeeting.AddDays(-14);
        var setup = new TrioSetup
        {
            Team = team,
            Members = DemoWorkplace.SolsikkenTrio,
            FirstMeeting = firstMeeting,
            LastDone = new Dictionary<string, DateOnly> { ["apv"] = today.AddYears(-3).AddDays(14), ["trivselsmaaling"] = today.AddYears(-1) },
        };
        await store.SaveSetupAsync(setup, ct);
        await store.StartMeetingAsync(team, firstMeeting, Instant(firstMeeting.AddDays(-2)), ct);
        await store.StartMeetingAsync(team, lastMeeting, Instant(lastMeeting.AddDays(-2)), ct);

        var mette = DemoWorkplace.Mette;
        var sara = DemoWorkplace.Sara;
        var jonas = DemoWorkplace.Jonas;
        var karin = DemoWorkplace.Karin;
        TrioItem Item(string id, TrioItemKind kind, string text, DateOnly meeting) =>
            new() { Id = "demo-" + id, Kind = kind, Text = text, Meeting = meeting, CreatedAt = Instant(meeting) };
        TrioItem Owned(TrioItem item, DemoPerson owner, DateOnly due) =>
            item with { OwnerAadObjectId = owner.AadObjectId, OwnerUserId = owner.UserId, OwnerName = owner.Name, Due = due };

        TrioItem[] items =
        [
            Item("vacancy", TrioItemKind.Point, "Stillingen i Hus Syd er ledig: weekendvagterne hænger ikke sammen.", firstMeeting) with { DoneInMeeting = firstMeeting },
            Item("substitute-decision", TrioItemKind.Decision, "Vi bruger en fast vikar i weekenderne, til stillingen er besat.", firstMeeting),
            Owned(Item("substitute", TrioItemKind.Action, "Aftal fast weekendvikar med vikarbureauet.", firstMeeting), mette, firstMeeting.AddDays(5)) with { DoneInMeeting = lastMeeting },
            Owned(Item("safety-plan", TrioItemKind.Action, "Gennemgå tryghedsplanen for Hus Syd efter episoderne med trusler.", firstMeeting), sara, today.AddDays(-4)),
            Item("debrief-decision", TrioItemKind.Decision, "Efter vold eller trusler: debriefing samme dag, og AMR deltager.", lastMeeting),
            Owned(Item("debrief-form", TrioItemKind.Action, "Præsentér debriefing-skemaet på personalemødet.", lastMeeting), jonas, today.AddDays(9)),
            Owned(Item("rota", TrioItemKind.Action, "Vagtplanen for weekender meldes ud fire uger frem.", lastMeeting), karin, today.AddDays(3))
                with { SentToMedInMeeting = lastMeeting },
            Item("new-substitutes", TrioItemKind.Point, "Hvem tager imod nye vikarer, og hvad skal de vide den første dag?", setup.NextMeetingOnOrAfter(today)),
        ];
        foreach (var item in items) await store.TryAddItemAsync(team, item, ct);
        await schedules.ScheduleAgendaAsync(setup, ct);
    }

    private static DateOnly LastTuesdayBefore(DateOnly day)
    {
        var back = ((int)day.DayOfWeek - (int)DayOfWeek.Tuesday + 7) % 7;
        return day.AddDays(back == 0 ? -7 : -back);
    }

    private static DateTimeOffset Instant(DateOnly day) => Copenhagen.Instant(day.ToDateTime(new TimeOnly(10, 0)));
}
