using Microsoft.Extensions.Options;
using TrivselsBot.CheckIns.Questions;
using TrivselsBot.LeaderPulse;
using TrivselsBot.Privacy;
using TrivselsBot.Setup;
using TrivselsBot.Summaries;

namespace TrivselsBot.Organisation;

/// <summary>Reads what the roll-up is built from: the last round of every team in the tenant and the leader group's last week.</summary>
public sealed class OrganisationRollUp(
    TeamSetupStore setups,
    AggregateStore aggregates,
    QuestionBank bank,
    LeaderQuestions leaderQuestions,
    IMedItems medItems,
    IOptions<PrivacyOptions> privacy)
{
    /// <summary>Range reads at once: one small query per team, so a tenant of 500 teams is not read one team at a time.</summary>
    private const int ParallelReads = 16;

    public async Task<OrganisationSummary> BuildAsync(string tenant, DateTimeOffset now, CancellationToken ct)
    {
        var (from, to) = OrganisationSummary.PeriodsToRead(now);
        var teams = new List<TeamSetup>();
        await foreach (var setup in setups.InTenantAsync(tenant, ct)) teams.Add(setup);
        var histories = new TeamHistory[teams.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, teams.Count), new ParallelOptions { MaxDegreeOfParallelism = ParallelReads, CancellationToken = ct }, async (i, token) =>
            histories[i] = new TeamHistory(teams[i].Name, teams[i].MinimumGroupSize, await aggregates.GetRangeAsync(teams[i].Team, from, to, token)));
        var leaderWeek = await aggregates.GetRangeAsync(LeaderGroup.Of(tenant), to, to, ct);
        var leaders = LeaderPulseFigures.Build(leaderQuestions, leaderWeek.SingleOrDefault(), to, privacy.Value.MinimumGroupSize);
        return OrganisationSummary.Build(bank, histories, leaders, await medItems.ForTenantAsync(tenant, ct), now);
    }
}
