using Quartz;
using TrivselsBot.Administration;
using TrivselsBot.AmrContact;
using TrivselsBot.CheckIns;
using TrivselsBot.CheckIns.Delivery;
using TrivselsBot.Dialogue;
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
    public async Task The_dialogue_of_a_week_past_retention_goes_with_it_handle_thread_and_waiting_message_and_a_kept_weeks_stay()
    {
        var team = new TeamRef(TeamsActivities.TenantId, $"19:{Guid.NewGuid():N}@thread.v2");
        await using var bot = await BotUnderTest.StartAsync(azurite.ConnectionString, time: new ShiftedClock(Now));
        var store = bot.Service<DialogueStore>();
        foreach (var week in new[] { EndedNovember11, EndedNovember25 })
        {
            var partition = AnswerStore.Partition(team, week);
            await store.StoreHandlesAsync(partition, [("comment-1", store.SealHandle(partition, "comment-1", new ReplyAddress("http://127.0.0.1:1/", "a:writer")))], default);
            await store.SaveThreadAsync(new DialogueThread(partition, "comment-1") { Opened = "2024-11-20" }, default);
            Assert.True(await store.TryQueueAsync(partition, "nonce-1", new OutboxMessage("comment-1", ToWriter: true, OutboxKind.Message, "Tak for det.", "Din leder"), Now, default));
        }

        await bot.Service<RetentionSweep>().DeleteExpiredAsync(default);

        var expired = AnswerStore.Partition(team, EndedNovember11);
        Assert.Null(await store.HandleAsync(expired, "comment-1", default));
        Assert.Null(await store.ThreadAsync(expired, "comment-1", default));
        Assert.Empty(await store.WaitingAsync(expired, "comment-1", toWriter: true, default));
        var kept = AnswerStore.Partition(team, EndedNovember25);
        Assert.NotNull(await store.HandleAsync(kept, "comment-1", default));
        Assert.NotNull(await store.ThreadAsync(kept, "comment-1", default));
        Assert.Single(await store.WaitingAsync(kept, "comment-1", toWriter: true, default));
    }

    [Fact]
    public async Task An_amr_contact_request_is_kept_eight_days_from_the_day_of_the_ja_and_deleted_after_whatever_the_general_retention()
    {
        var team = new TeamRef(TeamsActivities.TenantId, $"19:{Guid.NewGuid():N}@thread.v2");
        await using var bot = await BotUnderTest.StartAsync(azurite.ConnectionString, time: new ShiftedClock(Now));
        var tables = bot.Service<PrefixedTableService>();
        foreach (var daysAgo in new[] { 9, 8, 0 })
        {
            var then = new AmrRequests(tables, new ShiftedClock(Now.AddDays(-daysAgo)));
            Assert.True(await then.TryRecordAsync(team, $"nonce-{daysAgo}", "aad-person", "Mette", ["Medarbejder 5"], default));
        }

        await bot.Service<RetentionSweep>().DeleteExpiredAsync(default);

        var days = new List<string>();
        await foreach (var row in tables.GetTableClient(AmrRequests.TableName).QueryEntitiesAsync(TableFilter.Equal("PartitionKey", team.Key))) days.Add(row.GetString("Day")!);
        Assert.Equal(["2026-11-09", "2026-11-17"], days.Order()); // 8 November (nine days ago) is gone
        Assert.Equal(TimeSpan.FromDays(8), AmrRequests.KeptFor);
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
