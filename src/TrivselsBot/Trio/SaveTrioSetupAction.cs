using System.Text.Json;
using TrivselsBot.Chat;

namespace TrivselsBot.Trio;

/// <summary>The TRIO setup card's "Gem": checks who clicked, validates, stores, schedules the agenda, shows what was saved.</summary>
public sealed class SaveTrioSetupAction(TrioSetupGate gate, TrioStore store, TrioSchedules schedules, TrioAgendas agendas, AnnualCycle cycle,
    ILogger<SaveTrioSetupAction> log) : ICardAction
{
    public string Name => TrioSetupCard.Action;

    public async Task HandleAsync(Turn turn, JsonElement value, CancellationToken ct)
    {
        if (await gate.EnterAsync(turn, ct) is not { } context) return;
        var (setup, problem) = TrioSetupSubmission.Read(value, context, cycle, agendas.Today, turn.Language);
        if (setup is null)
        {
            await turn.ReplyAsync(TrioTexts.For(turn.Language).Invalid(problem!), ct);
            return;
        }
        var team = context.Teams.First(s => s.Team == setup.Team);
        await store.SaveSetupAsync(setup, ct);
        await schedules.ScheduleAgendaAsync(setup, ct);
        log.LogInformation("TRIO saved: {Members} members, every {Weeks} weeks, to {Destination}", setup.Members.Count, setup.IntervalWeeks, setup.Destination);
        await turn.ReplaceCardAsync(TrioSetupCard.Saved(turn.Language, setup, TrioAgendas.TeamName(team, turn.Language), agendas.NextMeeting(setup)), ct);
    }
}
