using System.Text.Json;
using Microsoft.Extensions.Options;
using TrivselsBot.Chat;
using TrivselsBot.Privacy;
using TrivselsBot.Scheduling;

namespace TrivselsBot.Setup;

/// <summary>The setup card's "Gem": checks who clicked, validates, (re)schedules the pulse, stores and replaces the card with a summary.</summary>
public sealed class SaveSetupAction(
    SetupGate gate,
    TeamSetupStore setups,
    TeamSchedules schedules,
    IOptions<PrivacyOptions> privacy,
    ILogger<SaveSetupAction> log) : ICardAction
{
    public string Name => SetupCard.Action;

    public async Task HandleAsync(Turn turn, JsonElement value, CancellationToken ct)
    {
        if (await gate.EnterAsync(turn, ct) is not { } context) return;

        var current = (context.Existing ?? SetupCommand.Defaults(turn, context.Team, privacy.Value.MinimumGroupSize))
            with
            {
                ServiceUrl = turn.Activity.ServiceUrl!,
                BotId = turn.Activity.Recipient!.Id!,
                Name = turn.Activity.ChannelData?.Team?.Name ?? turn.Activity.Conversation?.Name ?? context.Existing?.Name ?? "",
            };
        var (setup, problem) = SetupSubmission.Read(value, current, context.Members, turn.Language);
        if (setup is null)
        {
            await turn.ReplyAsync(SetupTexts.For(turn.Language).Invalid(problem!), ct);
            return;
        }

        // The schedule first: a job whose setup never got saved removes itself when it fires, while a saved setup
        // without its job would send nothing until the next restart.
        try
        {
            await schedules.SchedulePulseAsync(context.Team, setup.PulseDay, setup.PulseTime, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "Scheduling the pulse failed; the setup was not saved");
            var t = SetupTexts.For(turn.Language);
            await turn.ReplyAsync(t.Invalid(t.ScheduleFailed), ct);
            return;
        }
        await setups.SaveAsync(setup, ct);
        log.LogInformation("Team setup saved: pulse {Day} {Time}, k={K}", setup.PulseDay, setup.PulseTime, setup.MinimumGroupSize);
        var next = await schedules.NextPulseAsync(context.Team, ct);
        await turn.ReplaceCardAsync(SetupCard.Saved(setup.Language, setup, next), ct);
    }
}
