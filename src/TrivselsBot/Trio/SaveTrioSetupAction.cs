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
        // The team's language, not the activity's locale: the card was written in it, and clients may report any locale.
        var language = context.Teams[0].Language;
        var (setup, problem) = TrioSetupSubmission.Read(value, context, cycle, agendas.Today, language);
        if (setup is null)
        {
            await turn.ReplyAsync(TrioTexts.For(language).Invalid(problem!), ct);
            return;
        }
        var team = context.Teams.First(s => s.Team == setup.Team);
        // The schedule first, as for the team's setup: a job without its TRIO does nothing, a TRIO without its job would get no agenda.
        try
        {
            await schedules.ScheduleAgendaAsync(setup, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "Scheduling the TRIO agenda failed; the TRIO was not saved");
            var t = TrioTexts.For(language);
            await turn.ReplyAsync(t.Invalid(t.ScheduleFailed), ct);
            return;
        }
        await store.SaveSetupAsync(setup, ct);
        log.LogInformation("TRIO saved: {Members} members, every {Weeks} weeks, to {Destination}", setup.Members.Count, setup.IntervalWeeks, setup.Destination);
        await turn.ReplaceCardAsync(TrioSetupCard.Saved(team.Language, setup, TrioAgendas.TeamName(team, team.Language), agendas.NextMeeting(setup)), ct);
    }
}
