using Microsoft.Extensions.Options;
using TrivselsBot.CheckIns;
using TrivselsBot.CheckIns.Questions;
using TrivselsBot.LeaderPulse;
using TrivselsBot.Privacy;
using TrivselsBot.Setup;
using TrivselsBot.Summaries;

namespace TrivselsBot.Organisation;

/// <summary>
/// Reads what the roll-up is built from: the tenant's teams, each week of the last round for all of them at once (one
/// partition query a week), and the leader group's last week.
/// </summary>
public sealed class OrganisationRollUp(
    TeamSetupStore setups,
    AggregateStore aggregates,
    QuestionBank bank,
    LeaderQuestions leaderQuestions,
    IMedItems medItems,
    IOptions<PrivacyOptions> privacy)
{
    public async Task<OrganisationSummary> BuildAsync(string tenant, DateTimeOffset now, CancellationToken ct)
    {
        var (from, to) = OrganisationSummary.PeriodsToRead(now);
        var round = new List<PulsePeriod>();
        for (var week = from; week <= to; week = week.Next) round.Add(week);
        var weeks = await Task.WhenAll(round.Select(week => aggregates.GetTenantWeekAsync(tenant, week, ct)));
        var histories = new List<TeamHistory>();
        await foreach (var setup in setups.InTenantAsync(tenant, ct))
        {
            histories.Add(new TeamHistory(setup.Name, setup.MinimumGroupSize,
                [.. weeks.Select(w => w.GetValueOrDefault(setup.Team.ConversationId)).OfType<PeriodAggregate>()]));
        }
        var leaderWeek = await aggregates.GetRangeAsync(LeaderGroup.Of(tenant), to, to, ct);
        var leaders = LeaderPulseFigures.Build(leaderQuestions, leaderWeek.SingleOrDefault(), to, privacy.Value.MinimumGroupSize);
        return OrganisationSummary.Build(bank, histories, leaders, await medItems.ForTenantAsync(tenant, ct), now);
    }
}
