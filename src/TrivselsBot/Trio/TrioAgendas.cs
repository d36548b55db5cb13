using TrivselsBot.Cards;
using TrivselsBot.CheckIns.Questions;
using TrivselsBot.Localization;
using TrivselsBot.Scheduling;
using TrivselsBot.Setup;
using TrivselsBot.Summaries;
using TrivselsBot.Teams;

namespace TrivselsBot.Trio;

/// <summary>Assembles a TRIO's agenda for its next meeting from the stores, and the card that shows it.</summary>
public sealed class TrioAgendas(TrioStore store, AggregateStore aggregates, QuestionBank bank, AnnualCycle cycle, TeamRoster roster, TimeProvider time)
{
    public DateOnly Today => DateOnly.FromDateTime(Copenhagen.LocalTime(time.GetUtcNow()));

    /// <summary>The meeting the agenda is for now: the next in the cadence, today's included.</summary>
    public DateOnly NextMeeting(TrioSetup trio) => trio.NextMeetingOnOrAfter(Today);

    public async Task<TrioAgenda> BuildAsync(TrioSetup trio, TeamSetup team, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var (from, to) = LeaderSummary.PeriodsToRead(now);
        var meeting = NextMeeting(trio);
        await store.StartMeetingAsync(trio.Team, meeting, now, ct);
        return TrioAgenda.Build(meeting, Today, bank, await aggregates.GetRangeAsync(team.Team, from, to, ct), team.MinimumGroupSize, now,
            await store.ItemsAsync(trio.Team, ct), cycle, trio.LastDone);
    }

    /// <summary>The agenda card with fresh form ids; action owners are the team's members and the TRIO's.</summary>
    public async Task<AdaptiveCard> CardAsync(TrioSetup trio, TeamSetup team, Language language, CancellationToken ct)
    {
        var agenda = await BuildAsync(trio, team, ct);
        var owners = await OwnersAsync(trio, team, ct);
        return TrioAgendaCard.Build(language, agenda, trio.Team.Key, TeamName(team, language), trio.MeetingTime,
            [.. owners.Select(o => new Choice(o.Name, o.AadObjectId))], Guid.NewGuid().ToString("N"), Today);
    }

    /// <summary>
    /// More team members than this as owner choices would push the agenda card towards Teams' message size limit
    /// (every choice is a name and an id, counted in UTF-16); a team that big picks owners among the TRIO.
    /// </summary>
    public const int MostRosterOwners = 150;

    /// <summary>Who may own an action: the TRIO's members and everyone on the team's roster (when it can be read and is not huge).</summary>
    public async Task<IReadOnlyList<TrioMember>> OwnersAsync(TrioSetup trio, TeamSetup team, CancellationToken ct)
    {
        var members = await roster.GetMembersAsync(team.ServiceUrl, team.Team.ConversationId, ct) ?? [];
        if (members.Count > MostRosterOwners) members = [];
        return [.. trio.Members
            .Concat(members.Select(m => new TrioMember(m.AadObjectId!, m.Id!, m.Name ?? "", [])))
            .DistinctBy(m => m.AadObjectId, StringComparer.OrdinalIgnoreCase)
            .OrderBy(m => m.Name, StringComparer.CurrentCulture)];
    }

    public static string TeamName(TeamSetup team, Language language) => team.Name.Length > 0 ? team.Name : TrioTexts.For(language).YourTeam;
}
