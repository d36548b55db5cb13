using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Quartz;
using TrivselsBot.Scheduling;
using TrivselsBot.Testing;
using TrivselsBot.Trio;

namespace TrivselsBot.Tests.Trio;

[Collection(AzuriteCollection.Name)]
public sealed class TrioReminderScheduleTests(AzuriteServer azurite)
{
    private static readonly DateTimeOffset Friday = new(2026, 12, 4, 10, 0, 0, TimeSpan.FromHours(1));

    [Fact]
    public async Task The_reminder_run_is_on_weekdays_at_the_configured_time_and_a_new_time_replaces_the_old_schedule()
    {
        var clock = new ShiftedClock(Friday);
        await using var bot = await BotUnderTest.StartAsync(azurite.ConnectionString,
            new Dictionary<string, string?> { ["Trio:ReminderTime"] = "08:10" }, time: clock);
        var schedule = bot.Service<TrioReminderSchedule>();
        await schedule.EnsureScheduledAsync(default);

        // Friday after 08:10: the next run is Monday, not the weekend.
        Assert.Equal(new DateTime(2026, 12, 7, 8, 10, 0), Copenhagen.LocalTime((await schedule.NextRunAsync(default))!.Value));

        var moved = new TrioReminderSchedule(bot.Service<ISchedulerFactory>(), clock,
            Options.Create(new TrioOptions { ReminderTime = new TimeOnly(9, 30) }), NullLogger<TrioReminderSchedule>.Instance);
        await moved.EnsureScheduledAsync(default);

        Assert.Equal(new DateTime(2026, 12, 7, 9, 30, 0), Copenhagen.LocalTime((await moved.NextRunAsync(default))!.Value));
    }
}
