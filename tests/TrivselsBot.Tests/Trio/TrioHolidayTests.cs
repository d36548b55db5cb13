using Quartz;
using TrivselsBot.Setup;
using TrivselsBot.Testing;
using TrivselsBot.Trio;

namespace TrivselsBot.Tests.Trio;

/// <summary>The TRIO around Easter 2026 through the real bot (Azurite, Quartz, a local Bot Connector).</summary>
[Collection(AzuriteCollection.Name)]
public sealed class TrioHolidayTests(AzuriteServer azurite)
{
    private static readonly TimeSpan SummerTime = TimeSpan.FromHours(2);

    [Fact]
    public async Task Nobody_is_reminded_on_2_paaskedag_and_the_tuesday_after_reminds_them()
    {
        await using var connector = await RecordingConnector.StartAsync();
        connector.AddMembers(3, prefix: Guid.NewGuid().ToString("N")[..8]);
        var team = new TeamRef(TeamsActivities.TenantId, $"19:{Guid.NewGuid():N}@thread.v2");
        var owner = connector.Members[1];
        var action = TrioSamples.Action("Vagtplan", new DateOnly(2026, 4, 8)) with
        {
            OwnerUserId = owner["id"]!.GetValue<string>(), OwnerAadObjectId = owner["aadObjectId"]!.GetValue<string>(),
        };

        var tables = BotUnderTest.SharedTables();
        await using (var easterMonday = await BotUnderTest.StartAsync(azurite.ConnectionString, tables, time: new ShiftedClock(new(2026, 4, 6, 8, 0, 0, SummerTime))))
        {
            await easterMonday.Service<TeamSetupStore>().SaveAsync(new TeamSetup { Team = team, ServiceUrl = connector.ServiceUrl, BotId = TeamsActivities.BotId, Leaders = [] }, default);
            await easterMonday.Service<TrioStore>().SaveSetupAsync(TrioSamples.Setup with { Team = team }, default);
            Assert.True(await easterMonday.Service<TrioStore>().TryAddItemAsync(team, action, default));

            Assert.Equal(0, await easterMonday.Service<TrioReminders>().RunAsync(default));
            Assert.Empty(connector.ActivitiesSent());
        }

        await using var tuesday = await BotUnderTest.StartAsync(azurite.ConnectionString, tables, time: new ShiftedClock(new(2026, 4, 7, 8, 0, 0, SummerTime)));
        Assert.Equal(1, await tuesday.Service<TrioReminders>().RunAsync(default));
        Assert.Contains(connector.ActivitiesSent(), a => a.Text?.Contains("Vagtplan", StringComparison.Ordinal) == true);
        Assert.True((await tuesday.Service<TrioStore>().GetItemAsync(team, action.Id, default))!.RemindedDueSoon);
    }

    [Fact]
    public async Task The_agenda_goes_out_on_its_working_day_and_schedules_the_next_meetings_agenda_counted_over_easter()
    {
        await using var connector = await RecordingConnector.StartAsync();
        connector.AddMembers(3, prefix: Guid.NewGuid().ToString("N")[..8]);
        // A few seconds before 08:00 on Friday 20 March: the agenda of the meeting on Tuesday 24 March is due then.
        await using var bot = await BotUnderTest.StartAsync(azurite.ConnectionString, time: new ShiftedClock(new(2026, 3, 20, 7, 59, 57, TimeSpan.FromHours(1))));
        var team = new TeamRef(TeamsActivities.TenantId, $"19:{Guid.NewGuid():N}@thread.v2");
        await bot.Service<TeamSetupStore>().SaveAsync(new TeamSetup { Team = team, ServiceUrl = connector.ServiceUrl, BotId = TeamsActivities.BotId, Leaders = [] }, default);
        var trio = TrioSamples.Setup with
        {
            Team = team,
            FirstMeeting = new DateOnly(2026, 3, 24), // every second Tuesday: 24 March, 7 April
            Members = [.. connector.Members.Select((m, i) => new TrioMember(m["aadObjectId"]!.GetValue<string>(), m["id"]!.GetValue<string>(),
                m["name"]!.GetValue<string>(), [(TrioRole)i]))],
        };
        await bot.Service<TrioStore>().SaveSetupAsync(trio, default);
        var schedules = bot.Service<TrioSchedules>();
        await schedules.ScheduleAgendaAsync(trio, default);
        Assert.Equal(new DateTimeOffset(2026, 3, 20, 8, 0, 0, TimeSpan.FromHours(1)), await schedules.NextAgendaAsync(team, default));

        // 7 April, two working days before, counted back over 2. påskedag, påske, langfredag and skærtorsdag: Tuesday 31 March.
        var next = new DateTimeOffset(2026, 3, 31, 8, 0, 0, SummerTime);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while ((connector.ActivitiesSent().Count < 3 || await schedules.NextAgendaAsync(team, default) != next) && DateTime.UtcNow < deadline) await Task.Delay(200);
        await Task.Delay(TimeSpan.FromSeconds(2)); // the firing's completion must not drop the trigger it scheduled

        Assert.Equal(3, connector.ActivitiesSent().Count);
        Assert.Equal(next, await schedules.NextAgendaAsync(team, default));
    }

    [Fact]
    public async Task A_repeating_agenda_trigger_of_an_earlier_version_is_replaced_at_start_up()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Scheduling:SqlitePath"] = Path.Combine(Path.GetTempPath(), "trivselsbot-tests", Guid.NewGuid().ToString("N"), "scheduler.db"),
            [BotUnderTest.TablePrefixSetting] = BotUnderTest.NewTablePrefix(),
        };
        var monday = new ShiftedClock(new(2026, 3, 16, 10, 0, 0, TimeSpan.FromHours(1)));
        var team = new TeamRef(TeamsActivities.TenantId, $"19:{Guid.NewGuid():N}@thread.v2");
        var trio = TrioSamples.Setup with { Team = team, FirstMeeting = new DateOnly(2026, 3, 24) };
        await using (var before = await BotUnderTest.StartAsync(azurite.ConnectionString, settings, time: monday))
        {
            await before.Service<TeamSetupStore>().SaveAsync(new TeamSetup { Team = team, ServiceUrl = "http://127.0.0.1:9/", BotId = TeamsActivities.BotId, Leaders = [] }, default);
            await before.Service<TrioStore>().SaveSetupAsync(trio, default);
            await before.Service<TrioSchedules>().ScheduleAgendaAsync(trio, default);
            var scheduler = await before.Service<ISchedulerFactory>().GetScheduler();
            var key = new TriggerKey("trio-agenda", TrivselsBot.Scheduling.TeamSchedules.Group(team));
            await scheduler.RescheduleJob(key, TriggerBuilder.Create().WithIdentity(key).ForJob("trio-agenda", key.Group)
                .StartAt(new DateTimeOffset(2026, 4, 3, 8, 0, 0, SummerTime)) // langfredag, as the weekly repetition had it
                .WithCalendarIntervalSchedule(s => s.WithInterval(2, IntervalUnit.Week)).Build());
            Assert.Null(await before.Service<TrioSchedules>().NextAgendaAsync(team, default));
        }

        await using var after = await BotUnderTest.StartAsync(azurite.ConnectionString, settings, time: monday);
        var expected = new DateTimeOffset(2026, 3, 20, 8, 0, 0, TimeSpan.FromHours(1)); // Friday before the meeting of Tuesday 24 March
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (await after.Service<TrioSchedules>().NextAgendaAsync(team, default) != expected && DateTime.UtcNow < deadline) await Task.Delay(200);

        Assert.Equal(expected, await after.Service<TrioSchedules>().NextAgendaAsync(team, default));
    }
}
