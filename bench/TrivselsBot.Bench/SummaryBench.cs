using System.Diagnostics;
using System.Text.Json;
using TrivselsBot.CheckIns;
using Microsoft.Extensions.Options;
using TrivselsBot.CheckIns.Questions;
using TrivselsBot.LeaderPulse;
using TrivselsBot.Localization;
using TrivselsBot.Organisation;
using TrivselsBot.Privacy;
using TrivselsBot.Setup;
using TrivselsBot.Summaries;
using Azure.Data.Tables;
using TrivselsBot.Storage;
using TrivselsBot.Testing;

namespace TrivselsBot.Bench;

/// <summary>
/// One year of answers for an organisation (employees in teams of <c>teamSize</c>, one pulse a week, 5 questions each)
/// written into Azurite's answer table, aggregated per team and week as at each week's close, then the leader summary
/// (13-week range read + build) timed for every team, and the organisation roll-up over all of them.
/// </summary>
public static class SummaryBench
{
    public static async Task RunAsync(int employees, int teamSize)
    {
        using var azurite = await AzuriteProcess.StartAsync();
        var tables = PrefixedTableService.FromConnectionString(azurite.ConnectionString);
        foreach (var name in new[] { AnswerStore.AnswersTable, AggregateStore.TableName, AggregateStore.ByTenantTableName }) await tables.GetTableClient(name).CreateIfNotExistsAsync();
        var bank = QuestionBankLoader.Load(Path.Combine(AppContext.BaseDirectory, "CheckIns", "Questions", "question-bank.json"));
        var now = new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.FromHours(1));
        var clock = new ShiftedClock(now);
        var aggregates = new AggregateStore(tables, clock);
        var answersTable = tables.GetTableClient(AnswerStore.AnswersTable);
        var teams = Enumerable.Range(0, employees / teamSize).Select(i => new TeamRef("bench-tenant", $"19:team-{i}@thread.v2")).ToList();
        var weeks = Enumerable.Range(1, 52).Select(i => PulsePeriod.Containing(now.AddDays(-7 * i))).ToList();

        var clockWatch = Stopwatch.StartNew();
        var answers = 0L;
        await Parallel.ForEachAsync(teams, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (team, ct) =>
        {
            var random = new Random(team.ConversationId.GetHashCode(StringComparison.Ordinal));
            foreach (var week in weeks)
            {
                var questions = QuestionRotation.Choose(bank, week, 5).Select(q => q.Id).ToList();
                var respondents = random.Next(teamSize / 2, teamSize + 1);
                var scores = Enumerable.Range(0, respondents)
                    .Select(_ => (IReadOnlyDictionary<string, int?>)questions.ToDictionary(q => q, _ => random.Next(10) == 0 ? null : (int?)random.Next(1, 6)))
                    .ToList();
                var partition = AnswerStore.Partition(team, week);
                var rows = scores.Select(s => new TableTransactionAction(TableTransactionActionType.UpsertReplace,
                    new TableEntity(partition, Guid.NewGuid().ToString("N")) { ["Period"] = week.ToString(), ["Scores"] = JsonSerializer.Serialize(s) })).ToList();
                foreach (var chunk in rows.Chunk(100)) await answersTable.SubmitBatchAsync(chunk, ct);
                await aggregates.RecomputeAsync(team, week, scores, teamSize, minimumGroupSize: 5, ct);
                Interlocked.Add(ref answers, respondents * questions.Count);
            }
        });
        Console.WriteLine($"generated: {teams.Count} teams x {weeks.Count} weeks, {answers:N0} question answers, aggregated at close, in {clockWatch.Elapsed.TotalSeconds:F0} s");

        var latencies = new List<double>();
        foreach (var round in Enumerable.Range(0, 2))
        {
            foreach (var team in teams)
            {
                var started = Stopwatch.GetTimestamp();
                var (from, to) = LeaderSummary.PeriodsToRead(now);
                var summary = LeaderSummary.Build(bank, await aggregates.GetRangeAsync(team, from, to, default), 5, now);
                _ = SummaryCard.Build(Language.Danish, summary, "Bostedet").ToJson();
                if (round == 1) latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }
        Report($"leader summary (13-week range read + build + card) over {latencies.Count} teams", latencies);

        await OrganisationRollUpAsync(tables, aggregates, bank, teams, now);
    }

    /// <summary>
    /// The organisation roll-up of the same year: every team's setup in the one tenant, then the whole roll-up (setups of
    /// the tenant, its last four weeks of every team, the leader group's week, build, overview and team-page cards) timed.
    /// </summary>
    private static async Task OrganisationRollUpAsync(PrefixedTableService tables, AggregateStore aggregates, QuestionBank bank, List<TeamRef> teams, DateTimeOffset now)
    {
        await tables.GetTableClient(TeamSetupStore.TableName).CreateIfNotExistsAsync();
        var setups = new TeamSetupStore(tables);
        await Parallel.ForEachAsync(teams.Select((team, i) => (team, i)), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (t, ct) =>
            await setups.SaveAsync(new TeamSetup { Team = t.team, ServiceUrl = "https://smba.example/", BotId = "28:bench", Leaders = [], Name = $"Team {t.i}" }, ct));
        var rollUp = new OrganisationRollUp(setups, aggregates, bank,
            LeaderQuestions.Load(Path.Combine(AppContext.BaseDirectory, "LeaderPulse", "leader-questions.json")),
            new NoMedItems(), Options.Create(new PrivacyOptions()));

        const int Rounds = 40;
        var latencies = new List<double>();
        foreach (var round in Enumerable.Range(0, Rounds + 3))
        {
            var started = Stopwatch.GetTimestamp();
            var summary = await rollUp.BuildAsync(teams[0].TenantId, now, default);
            _ = OrganisationSummaryCard.Overview(Language.Danish, summary).ToJson();
            foreach (var page in OrganisationSummaryCard.Teams(Language.Danish, summary)) _ = page.ToJson();
            if (round >= 3) latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds); // the first three warm up
        }
        Report($"organisation roll-up ({teams.Count} teams: setups + the tenant's 4 weeks + build + cards), {Rounds} runs", latencies);
    }

    private static void Report(string what, List<double> latencies)
    {
        latencies.Sort();
        double P(double p) => latencies[Math.Min(latencies.Count - 1, (int)(p * latencies.Count))];
        Console.WriteLine($"{what}: p50 {P(0.5):F1} ms  p95 {P(0.95):F1} ms  p99 {P(0.99):F1} ms");
    }
}
