using TrivselsBot.CheckIns;
using TrivselsBot.Setup;
using TrivselsBot.Summaries;
using Azure.Data.Tables;
using TrivselsBot.Storage;
using TrivselsBot.Testing;
using static TrivselsBot.Tests.Summaries.SampleHistory;

namespace TrivselsBot.Tests.Summaries;

/// <summary>The aggregates table on Azurite, for a team of its own whose id holds characters tables refuse in keys.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class AggregateStoreTests(AzuriteServer azurite) : IAsyncLifetime
{
    private const int K = 5;
    private readonly TeamRef _team = new("tenant-" + Guid.NewGuid().ToString("N"), $"19:{Guid.NewGuid():N}/general#1?x@thread.tacv2");
    private AggregateStore _store = null!;

    public async Task InitializeAsync()
    {
        var tables = PrefixedTableService.FromConnectionString(azurite.ConnectionString);
        foreach (var table in SummaryServices.Tables) await tables.GetTableClient(table).CreateIfNotExistsAsync();
        _store = new AggregateStore(tables, new ShiftedClock(Now));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<PeriodAggregate?> RecomputeAsync(PulsePeriod week, int respondents, int roster = Roster) =>
        _store.RecomputeAsync(_team, week, Answers(week, respondents), roster, K, default);

    [Fact]
    public async Task A_recomputed_week_reads_back_whole()
    {
        var stored = await RecomputeAsync(LastWeek, 7, roster: 11);

        var read = Assert.Single(await _store.GetRangeAsync(_team, LastWeek, LastWeek, default));

        var expected = PeriodAggregate.From(LastWeek, Answers(LastWeek, 7), 11);
        Assert.Equal((LastWeek, 7, 11), (read.Period, read.Respondents, read.RosterSize));
        Assert.Equal(expected.Questions.Select(Describe), read.Questions.Select(Describe));
        Assert.Equal(stored!.Questions.Select(Describe), read.Questions.Select(Describe));
    }

    [Theory]
    [InlineData(7, 7)]
    [InlineData(2, 3)]
    public async Task A_week_keeps_the_k_in_force_when_it_closed_never_under_3(int k, int stored)
    {
        await _store.RecomputeAsync(_team, LastWeek, Answers(LastWeek, 6), Roster, k, default);

        Assert.Equal(stored, Assert.Single(await _store.GetRangeAsync(_team, LastWeek, LastWeek, default)).MinimumGroupSizeAtClose);
    }

    [Fact]
    public async Task Recomputing_a_week_twice_from_the_same_answers_counts_every_answer_once()
    {
        await RecomputeAsync(LastWeek, 6);
        await RecomputeAsync(LastWeek, 6);

        var read = Assert.Single(await _store.GetRangeAsync(_team, LastWeek, LastWeek, default));

        Assert.Equal(6, read.Respondents);
        Assert.All(read.Questions, q => Assert.Equal(6, q.Count + q.Declined));
    }

    [Fact]
    public async Task A_late_recompute_that_saw_fewer_answers_does_not_overwrite_one_that_saw_more()
    {
        await RecomputeAsync(LastWeek, 8);

        var kept = await RecomputeAsync(LastWeek, 5);

        Assert.Equal(8, kept!.Respondents);
        Assert.Equal(8, Assert.Single(await _store.GetRangeAsync(_team, LastWeek, LastWeek, default)).Respondents);
    }

    [Fact]
    public async Task A_closed_weeks_aggregate_is_written_once_so_no_later_view_can_be_subtracted_from_an_earlier()
    {
        await RecomputeAsync(LastWeek, 5);

        var later = await RecomputeAsync(LastWeek, 6); // an answer that landed after the week was closed

        Assert.Equal(5, later!.Respondents);
        Assert.Equal(5, Assert.Single(await _store.GetRangeAsync(_team, LastWeek, LastWeek, default)).Respondents);
    }

    [Fact]
    public async Task Two_recomputes_at_once_leave_exactly_one_aggregate()
    {
        await Task.WhenAll(Enumerable.Range(5, 4).Select(n => RecomputeAsync(LastWeek, n)));

        Assert.Single(await _store.GetRangeAsync(_team, LastWeek, LastWeek, default));
    }

    [Fact]
    public async Task A_week_still_running_is_never_aggregated()
    {
        var running = PulsePeriod.Containing(Now);

        Assert.Null(await RecomputeAsync(running, 6));

        Assert.Empty(await _store.GetRangeAsync(_team, running, running, default));
    }

    [Fact]
    public async Task A_range_holds_its_first_and_last_week_oldest_first_across_a_year_end_and_nothing_outside()
    {
        var store = new AggregateStore(PrefixedTableService.FromConnectionString(azurite.ConnectionString), new ShiftedClock(new DateTimeOffset(2027, 3, 1, 12, 0, 0, TimeSpan.Zero)));
        PulsePeriod[] weeks = [new(2026, 51), new(2026, 52), new(2026, 53), new(2027, 1), new(2027, 2), new(2027, 3)];
        foreach (var week in weeks.Reverse()) await store.RecomputeAsync(_team, week, Answers(week, 5), Roster, K, default);

        var range = await store.GetRangeAsync(_team, new PulsePeriod(2026, 52), new PulsePeriod(2027, 2), default);

        Assert.Equal(weeks[1..5], range.Select(p => p.Period));
    }

    [Fact]
    public async Task Another_teams_weeks_are_not_in_the_range()
    {
        await RecomputeAsync(LastWeek, 6);
        var other = new TeamRef(_team.TenantId, _team.ConversationId + "-other");

        Assert.Empty(await _store.GetRangeAsync(other, LastWeek, LastWeek, default));
    }

    [Fact]
    public async Task A_closed_week_is_also_listed_under_its_tenant_by_team_and_another_tenants_week_holds_nothing_of_it()
    {
        var stored = await RecomputeAsync(LastWeek, 6);
        var teammate = new TeamRef(_team.TenantId, _team.ConversationId + "-2");
        await _store.RecomputeAsync(teammate, LastWeek, Answers(LastWeek, 7), Roster, K, default);

        var week = await _store.GetTenantWeekAsync(_team.TenantId, LastWeek, default);

        Assert.Equal([_team.ConversationId, teammate.ConversationId], week.Keys.Order(StringComparer.Ordinal));
        Assert.Equal((6, K), (week[_team.ConversationId].Respondents, week[_team.ConversationId].MinimumGroupSizeAtClose));
        Assert.Equal(stored!.Questions.Select(Describe), week[_team.ConversationId].Questions.Select(Describe));
        Assert.Empty(await _store.GetTenantWeekAsync(_team.TenantId + "-other", LastWeek, default));
        Assert.Empty(await _store.GetTenantWeekAsync(_team.TenantId, LastWeek.Previous, default));
    }

    private static string Describe(QuestionAggregate q) =>
        $"{q.QuestionId}: {q.Count} {q.Sum} {q.SumOfSquares} [{string.Join(',', q.Distribution)}] {q.Declined}";
}
