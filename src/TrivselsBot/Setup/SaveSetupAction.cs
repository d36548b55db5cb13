using System.Text.Json;
using Microsoft.Extensions.Options;
using TrivselsBot.Chat;
using TrivselsBot.Privacy;
using TrivselsBot.Scheduling;
using TrivselsBot.Teams;

namespace TrivselsBot.Setup;

/// <summary>The setup card's "Gem": checks who clicked, validates, stores, (re)schedules the pulse and replaces the card with a summary.</summary>
public sealed class SaveSetupAction(
    TeamSetupStore setups,
    TeamRoster roster,
    TeamSchedules schedules,
    IOptions<PrivacyOptions> privacy,
    ILogger<SaveSetupAction> log) : ICardAction
{
    public string Name => SetupCard.Action;

    public async Task HandleAsync(Turn turn, JsonElement value, CancellationToken ct)
    {
        var t = SetupTexts.For(turn.Language);
        if (TeamContext.From(turn.Activity) is not { } team)
        {
            await turn.ReplyAsync(t.OnlyInTeams, ct);
            return;
        }
        var members = await roster.GetMembersAsync(turn.Activity.ServiceUrl!, team.ConversationId, ct);
        if (members is null)
        {
            await turn.ReplyAsync(t.RosterUnavailable, ct);
            return;
        }
        var existing = await setups.GetAsync(team, ct);
        if (!SetupPermissions.MayChange(existing, turn.Activity.From?.AadObjectId, members))
        {
            await turn.ReplyAsync(t.NotAllowed, ct);
            return;
        }

        var current = existing ?? SetupCommand.Defaults(turn, team, privacy.Value.MinimumGroupSize);
        var (setup, problem) = SetupSubmission.Read(value, current with { ServiceUrl = turn.Activity.ServiceUrl!, BotId = turn.Activity.Recipient!.Id! }, members, turn.Language);
        if (setup is null)
        {
            await turn.ReplyAsync(t.Invalid(problem!), ct);
            return;
        }

        await setups.SaveAsync(setup, ct);
        await schedules.SchedulePulseAsync(team, setup.PulseDay, setup.PulseTime, ct);
        log.LogInformation("Team setup saved: pulse {Day} {Time}, k={K}", setup.PulseDay, setup.PulseTime, setup.MinimumGroupSize);
        var next = await schedules.NextPulseAsync(team, ct);
        await turn.ReplaceCardAsync(SetupCard.Saved(setup.Language, setup, next), ct);
    }
}
