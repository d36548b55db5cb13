using System.Globalization;
using TrivselsBot.Administration;
using TrivselsBot.Cards;
using TrivselsBot.Chat;
using TrivselsBot.CheckIns;
using TrivselsBot.CheckIns.Delivery;
using TrivselsBot.Localization;
using TrivselsBot.Scheduling;

namespace TrivselsBot.Setup;

/// <summary>"status" in a team: the setup, the next pulse, and how this week's pulse is going out. An administrator in a 1:1 chat gets <see cref="AdminStatus"/>.</summary>
public sealed class StatusCommand(
    TeamSetupStore setups,
    TeamSchedules schedules,
    PulseRuns runs,
    PulseDelivery delivery,
    AnswerStore answers,
    AdminStatus adminStatus,
    TimeProvider time) : IBotCommand
{
    public string Word(Language language) => SetupTexts.For(language).StatusWord;

    public string Description(Language language) => SetupTexts.For(language).StatusDescription;

    public async Task ExecuteAsync(Turn turn, string arguments, CancellationToken ct)
    {
        var t = SetupTexts.For(turn.Language);
        if (TeamContext.From(turn.Activity) is not { } team)
        {
            if (await adminStatus.TryAnswerAsync(turn, ct)) return;
            await turn.ReplyAsync(t.StatusOnlyInTeams, ct);
            return;
        }
        var setup = await setups.GetAsync(team, ct);
        if (setup is null)
        {
            await turn.ReplyAsync(t.NotSetUp, ct);
            return;
        }

        var period = PulsePeriod.Containing(time.GetUtcNow());
        var facts = new List<Fact>();
        if (await runs.GetAsync(team, period, ct) is { } run)
        {
            var progress = await delivery.GetProgressAsync(team, period, DeliveryKind.Pulse, run.Recipients, ct);
            var answered = (await answers.RespondentsAsync(team, period, ct)).Count;
            facts.Add(new Fact(StatusTexts.For(turn.Language).ThisWeek(period), StatusTexts.For(turn.Language).Progress(progress)));
            facts.Add(new Fact(StatusTexts.For(turn.Language).Answers, answered >= setup.MinimumGroupSize
                ? answered.ToString(CultureInfo.InvariantCulture)
                : StatusTexts.For(turn.Language).TooFew(setup.MinimumGroupSize)));
        }
        var next = await schedules.NextPulseAsync(team, ct);
        await turn.ReplyAsync(SetupCard.Summary(turn.Language, t.StatusTitle, setup, next, facts), ct);
    }
}

public sealed record StatusTexts(Func<PulsePeriod, string> ThisWeek, Func<FanOutProgress, string> Progress, string Answers, Func<int, string> TooFew)
{
    public static StatusTexts For(Language language) => language == Language.English ? English : Danish;

    public static StatusTexts Danish { get; } = new(
        p => $"Uge {p.Week}",
        f => $"{f.Sent} har fået det, {f.Pending} mangler, {f.Unreachable} kan ikke nås" + (f.Failed > 0 ? $", {f.Failed} fejlede" : "")
            + (f.NotInstalled > 0 ? $", {f.NotInstalled} kunne ikke få appen installeret" : ""),
        "Svar indtil nu",
        k => $"for få svar (vises fra {k})");

    public static StatusTexts English { get; } = new(
        p => $"Week {p.Week}",
        f => $"{f.Sent} received it, {f.Pending} pending, {f.Unreachable} unreachable" + (f.Failed > 0 ? $", {f.Failed} failed" : "")
            + (f.NotInstalled > 0 ? $", {f.NotInstalled} could not get the app installed" : ""),
        "Answers so far",
        k => $"too few answers (shown from {k})");
}
