using Quartz;
using TrivselsBot.Administration;
using TrivselsBot.CheckIns;
using TrivselsBot.CheckIns.Delivery;
using TrivselsBot.Scheduling;
using TrivselsBot.Setup;
using TrivselsBot.Summaries;
using Azure.Data.Tables;
using TrivselsBot.Storage;
using TrivselsBot.Testing;

namespace TrivselsBot.Tests.Administration;

/// <summary>The nightly retention run on Azurite, with the bot's clock set to Tuesday 17 November 2026.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class RetentionTests(AzuriteServer azurite)
{
    private static readonly DateTimeOffset Now = new(2026, 11, 17, 10, 0, 0, TimeSpan.FromHours(1));
    private static readonly PulsePeriod EndedNovember11 = new(2024, 45);
    private static readonly PulsePeriod EndedNovember25 = new(2024, 47);

    [Theory]
    [InlineData(null, true)] // the default, 24 months: the week ended on 11 November 2024, before 17 November 2024
    [InlineData("25", false)]
    public async Task Raw_rows_of_weeks_that_ended_longer_ago_than_the_retention_are_deleted_and_aggregates_stay(string? months, bool deleted)
    {
        var team = new TeamRef(TeamsActivities.TenantId, $"19:{Guid.NewGuid():N}@thread.v2");
        await using var bot = await BotUnderTest.StartAsync(azurite.ConnectionString,
            months is null ? null : new Dictionary<string, string?> { ["Privacy:RetentionMonths"] = months }, time: new ShiftedClock(Now));
        await WeekAsync(bot, team, EndedNovember11);
        await WeekAsync(bot, team, EndedNovember25);

        await bot.Service<RetentionSweep>().DeleteExpiredAsync(default);

        Assert.Equal(deleted ? 0 : 12, await RawRowsAsync(bot, team, EndedNovember11));
        Assert.Equal(12, await RawRowsAsync(bot, team, EndedNovember25));
        Assert.Single(await bot.Service<AggregateStore>().GetRangeAsync(team, EndedNovember11, EndedNovember11, default));
    }

    [Fact]
    public async Task Fired_by_quartz_the_nightly_job_finishes_a_cut_off_erasure_and_deletes_expired_weeks()
    {
        var expiring = new TeamRef(TeamsActivities.TenantId, $"19:{Guid.NewGuid():N}@thread.v2");
        var erasing = new TeamRef(TeamsActivities.TenantId, $"19:{Guid.NewGuid():N}@thread.v2");
        await using var bot = await BotUnderTest.StartAsync(azurite.ConnectionString, time: new ShiftedClock(Now));
        await WeekAsync(bot, expiring, EndedNovember11);
        await WeekAsync(bot, erasing, EndedNovember25);
        await bot.Service<ErasureMarkers>().StartAsync(erasing, "aad-admin", default);
        await NextRunAsync(bot);

        var scheduler = await bot.Service<ISchedulerFactory>().GetScheduler();
        await scheduler.TriggerJob(RetentionSchedule.Job);

        var deadline = DateTime.UtcNow.AddSeconds(20);
        while ((await RawRowsAsync(bot, expiring, EndedNovember11) > 0 || await RawRowsAsync(bot, erasing, EndedNovember25) > 0) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }
        Assert.Equal(0, await RawRowsAsync(bot, expiring, EndedNovember11));
        Assert.Equal(0, await RawRowsAsync(bot, erasing, EndedNovember25));
        Assert.Empty(await bot.Service<AggregateStore>().GetRangeAsync(erasing, EndedNovember25, EndedNovember25, default));
    }

    [Fact]
    public async Task The_run_is_put_on_the_sqlite_job_store_at_start_up_for_03_30_Copenhagen_time_and_kept_across_a_restart()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Scheduling:SqlitePath"] = Path.Combine(RepoPaths.TestOutput("scheduling"), Guid.NewGuid().ToString("N"), "scheduler.db"),
            [BotUnderTest.TablePrefixSetting] = BotUnderTest.NewTablePrefix(),
        };
        var beforeSpringChange = new DateTimeOffset(2026, 3, 28, 12, 0, 0, TimeSpan.Zero);
        DateTimeOffset? first;
        await using (var bot = await BotUnderTest.StartAsync(azurite.ConnectionString, settings, time: new ShiftedClock(beforeSpringChange)))
        {
            first = await NextRunAsync(bot);
        }
        await using var restarted = await BotUnderTest.StartAsync(azurite.ConnectionString, settings, time: new ShiftedClock(beforeSpringChange));

        Assert.Equal(new DateTimeOffset(2026, 3, 29, 3, 30, 0, TimeSpan.FromHours(2)), first); // the night summer time starts
        Assert.Equal(first, await restarted.Service<RetentionSchedule>().NextRunAsync(default));
    }

    private static async Task<DateTimeOffset?> NextRunAsync(BotUnderTest bot)
    {
        var schedule = bot.Service<RetentionSchedule>();
        var deadline = DateTime.UtcNow.AddSeconds(10);
        DateTimeOffset? next;
        while ((next = await schedule.NextRunAsync(default)) is null && DateTime.UtcNow < deadline) await Task.Delay(50);
        return next;
    }

    /// <summary>One week of one team: four answers moved to the answer table (one with a comment), one waiting in the inbox, one send record, and its aggregate.</summary>
    private static async Task WeekAsync(BotUnderTest bot, TeamRef team, PulsePeriod period)
    {
        var answers = bot.Service<AnswerStore>();
        for (var i = 0; i < 4; i++)
        {
            await answers.RecordAsync(team, period, $"member-{i}", new PulseAnswer(new Dictionary<string, int?> { ["q1"] = 4 }, i == 0 ? "En kommentar" : null), default);
        }
        await answers.FlushAsync(team, period, 4, periodClosed: true, default);
        await bot.Service<AggregateStore>().RecomputeAsync(team, period, await answers.StoredScoresAsync(team, period, default), 6, 5, default);
        await answers.RecordAsync(team, period, "member-late", new PulseAnswer(new Dictionary<string, int?> { ["q1"] = 2 }, null), default);
        await bot.Service<SendRecords>().TryClaimAsync(SendRecords.Partition(team, period, DeliveryKind.Pulse), "member-0", null, Now);
    }

    /// <summary>The week's raw rows: 1 send record + 5 participation rows + 4 answers + 1 comment + 1 waiting answer = 12.</summary>
    private static async Task<int> RawRowsAsync(BotUnderTest bot, TeamRef team, PulsePeriod period)
    {
        var tables = bot.Service<PrefixedTableService>();
        var rows = 0;
        foreach (var name in TeamDataMap.Keyed(TeamKeying.TeamPeriodPartitions))
        {
            await foreach (var row in tables.GetTableClient(name).QueryEntitiesAsync(TableFilter.StartsWith("PartitionKey", $"{team.Key}|{period}"), ["RowKey"]))
            {
                rows++;
            }
        }
        return rows;
    }
}
