using Microsoft.Extensions.Options;
using TrivselsBot.BotConnector;
using TrivselsBot.CheckIns;
using TrivselsBot.CheckIns.Delivery;
using TrivselsBot.CheckIns.Questions;
using TrivselsBot.Closing;
using TrivselsBot.Groups;
using TrivselsBot.LeaderPulse;
using TrivselsBot.Privacy;
using TrivselsBot.Scheduling;
using TrivselsBot.Setup;

namespace TrivselsBot.Demo;

/// <summary>
/// Fills an empty installation with the demo workplace through the code a real workplace's weeks go through: each week
/// the pulse run is claimed with the rotation's questions, the members are recorded as sent to, the answers are
/// recorded by the <see cref="AnswerStore"/>, and the week is closed by <see cref="WeekClosing"/> on a clock moved to
/// the end of that week. Nothing is written to the aggregate tables but by the week closing. What Teams would carry
/// (the cards themselves) is left out: the demo's colleagues have no chats. The team setups are saved last, so an
/// installation that has them is seeded, and a start that was cut off seeds again (every step may run twice).
/// </summary>
public sealed class DemoSeeder(IServiceProvider services, TeamSetupStore setups, PulseRuns runs, AnswerStore answers, SendRecords sends,
    QuestionBank bank, LeaderQuestions leaderQuestions, MemberPseudonym pseudonyms, TeamSchedules schedules, DemoTrioHistory trio,
    IOptions<PrivacyOptions> privacy, IOptions<DemoOptions> options, TimeProvider time, ILogger<DemoSeeder> log)
{
    /// <returns>False when the demo was there already.</returns>
    public async Task<bool> SeedAsync(CancellationToken ct)
    {
        if (await setups.GetAsync(Ref(DemoWorkplace.Solsikken), ct) is not null) return false;
        var now = time.GetUtcNow();
        var clock = new DemoClock(now);
        // The real week closing, on the demo's clock.
        var closing = ActivatorUtilities.CreateInstance<WeekClosing>(services, clock);
        var teamSetups = DemoWorkplace.Teams.Select(Setup).ToList();
        var current = PulsePeriod.Containing(now);
        var first = current;
        for (var i = 0; i < DemoStory.ClosedWeeks; i++) first = first.Previous;

        var week = first;
        for (var number = 1; number <= DemoStory.ClosedWeeks; number++, week = week.Next)
        {
            clock.Now = PulseTime(week);
            foreach (var (team, setup) in DemoWorkplace.Teams.Zip(teamSetups)) await RunWeekAsync(team, setup, week, number, clock.Now, ct);
            await LeaderWeekAsync(week, number, clock.Now, ct);
            clock.Now = week.End + TimeSpan.FromMinutes(1);
            foreach (var setup in teamSetups) await closing.CloseTeamAsync(setup, ct);
            await closing.CloseLeaderWeeksAsync(DemoWorkplace.TenantId, [week], ct);
        }
        await StartCurrentWeekAsync(teamSetups[0], current, now, ct);
        await trio.WriteAsync(Ref(DemoWorkplace.Solsikken), now, ct);

        foreach (var setup in teamSetups)
        {
            await setups.SaveAsync(setup, ct);
            await schedules.SchedulePulseAsync(setup.Team, setup.PulseDay, setup.PulseTime, ct);
        }
        log.LogWarning("Demo workplace seeded: {Teams} teams, weeks {First} to {Last} closed, tables prefixed as configured", teamSetups.Count, first, current.Previous);
        return true;
    }

    private async Task RunWeekAsync(DemoTeam team, TeamSetup setup, PulsePeriod week, int number, DateTimeOffset at, CancellationToken ct)
    {
        var questions = QuestionRotation.Choose(bank, week, setup.QuestionsPerPulse);
        await ClaimRunAsync(team, setup, week, questions, sent: true, ct);
        await RecordSentAsync(setup.Team, week, DeliveryKind.Pulse, team.Members, at);
        await RecordAnswersAsync(team, setup, week, DemoStory.TeamAnswers(team, number, questions), ct);
    }

    /// <summary>
    /// The week of the try: the pulse went out to the synthetic colleagues and four of them answered; the run is left for
    /// the next firing (Monday's, or POST /local/pulse-now) to take over, which sends the card to the Playground's people.
    /// </summary>
    private async Task StartCurrentWeekAsync(TeamSetup setup, PulsePeriod week, DateTimeOffset at, CancellationToken ct)
    {
        var team = DemoWorkplace.Solsikken;
        var questions = QuestionRotation.Choose(bank, week, setup.QuestionsPerPulse);
        var run = await ClaimRunAsync(team, setup, week, questions, sent: false, ct);
        if (run is not null) await runs.ReleaseAsync(run, ct);
        await RecordSentAsync(setup.Team, week, DeliveryKind.Pulse, team.Synthetic, at);
        await RecordAnswersAsync(team, setup, week, DemoStory.TeamAnswers(team, DemoStory.CurrentWeek, questions), ct);
    }

    private async Task<PulseRun?> ClaimRunAsync(DemoTeam team, TeamSetup setup, PulsePeriod week, IReadOnlyList<Question> questions, bool sent, CancellationToken ct)
    {
        var claim = await runs.TryClaimAsync(setup.Team, week, [.. questions.Select(q => q.Id)], senderDied: false, ct);
        if (claim is null) return null;
        var run = claim.Run with { RosterSize = team.Members.Count, Recipients = team.Members.Count, MinimumGroupSize = setup.MinimumGroupSize, Sent = sent };
        await runs.SaveAsync(run, ct);
        return run;
    }

    private async Task RecordAnswersAsync(DemoTeam team, TeamSetup setup, PulsePeriod week, IReadOnlyList<DemoAnswer> weekAnswers, CancellationToken ct)
    {
        var roster = Roster(team);
        foreach (var answer in weekAnswers)
        {
            var group = TeamGroup.Of(setup, answer.Person.AadObjectId, roster);
            var comment = answer.Comment is null ? null : CommentScrubber.Scrub(answer.Comment);
            await answers.RecordAsync(setup.Team, week, pseudonyms.For(answer.Person.AadObjectId), new PulseAnswer(answer.Scores, comment, group), ct);
            await answers.FlushAsync(setup.Team, week, setup.MinimumGroupSize, periodClosed: false, ct);
        }
    }

    /// <summary>The leaders' own pulse rides on the teams' runs: sent under the tenant's k, recorded under the leader group.</summary>
    private async Task LeaderWeekAsync(PulsePeriod week, int number, DateTimeOffset at, CancellationToken ct)
    {
        var group = LeaderGroup.Of(DemoWorkplace.TenantId);
        var leaders = DemoWorkplace.Teams.SelectMany(t => t.Leaders).Distinct().ToList();
        await runs.RecordSentUnderAsync(group, week, [.. leaderQuestions.All.Select(q => q.Id)], privacy.Value.MinimumGroupSize, ct);
        await RecordSentAsync(group, week, DeliveryKind.LeaderPulse, leaders, at);
        foreach (var answer in DemoStory.LeaderAnswers(leaders, number, leaderQuestions.All))
        {
            await answers.RecordAsync(group, week, pseudonyms.For(answer.Person.AadObjectId), new PulseAnswer(answer.Scores, null), ct);
        }
    }

    private async Task RecordSentAsync(TeamRef team, PulsePeriod week, DeliveryKind kind, IEnumerable<DemoPerson> people, DateTimeOffset at)
    {
        var partition = SendRecords.Partition(team, week, kind);
        var known = await sends.LoadAsync(partition, CancellationToken.None);
        foreach (var person in people)
        {
            var member = pseudonyms.For(person.AadObjectId);
            if (known.ContainsKey(member)) continue;
            if (await sends.TryClaimAsync(partition, member, null, at) is { } claim) await sends.FinishAsync(claim, SendStatus.Sent, 1, null);
        }
    }

    private TeamSetup Setup(DemoTeam team) => new()
    {
        Team = Ref(team),
        ServiceUrl = options.Value.ServiceUrl,
        BotId = DemoWorkplace.BotId,
        Leaders = [.. team.Leaders.Select(l => new TeamLeader(l.AadObjectId, l.Name))],
        Name = team.Name,
        Groups = team.Groups,
    };

    /// <summary>Monday 09:00 in Copenhagen: the pulse's default time.</summary>
    private static DateTimeOffset PulseTime(PulsePeriod week) => Copenhagen.Instant(week.FirstDay.ToDateTime(new TimeOnly(9, 0)));

    public static TeamRef Ref(DemoTeam team) => new(DemoWorkplace.TenantId, team.ConversationId);

    public static IReadOnlyList<TeamsChannelAccount> Roster(DemoTeam team) =>
        [.. team.Members.Select(m => new TeamsChannelAccount { Id = m.UserId, AadObjectId = m.AadObjectId, Name = m.Name })];
}
