using System.Text.Json.Nodes;
using TrivselsBot.CheckIns;
using TrivselsBot.Setup;
using TrivselsBot.Testing;

namespace TrivselsBot.Tests.CheckIns;

/// <summary>When the pulse and reminder may go out, and when an answer comes too late.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class PulseTimingTests(AzuriteServer azurite)
{
    private static readonly DateTimeOffset Saturday = new(2026, 11, 28, 10, 0, 0, TimeSpan.FromHours(1));
    private static readonly DateTimeOffset NextMonday = new(2026, 11, 30, 10, 0, 0, TimeSpan.FromHours(1));
    private static readonly DateTimeOffset Tuesday = new(2026, 11, 24, 10, 0, 0, TimeSpan.FromHours(1));

    private static async Task<(RecordingConnector, BotUnderTest, TeamRef)> StartAsync(string connection, DateTimeOffset now)
    {
        var connector = await RecordingConnector.StartAsync();
        connector.AddMembers(3, prefix: Guid.NewGuid().ToString("N")[..8]);
        var bot = await BotUnderTest.StartAsync(connection, time: new ShiftedClock(now));
        var team = new TeamRef(TeamsActivities.TenantId, $"19:{Guid.NewGuid():N}@thread.v2");
        var aad = connector.Members[0]["aadObjectId"]!.GetValue<string>();
        await bot.PostActivityAsync(TeamsActivities.Submit(connector.ServiceUrl, new JsonObject
        {
            ["action"] = "setup.save", ["leaders"] = aad, ["day"] = "1", ["time"] = "09:00",
            ["reminder"] = "2", ["questions"] = "3", ["language"] = "da", ["k"] = "3",
        }, "setup-card", team.ConversationId, connector.Members[0]["id"]!.GetValue<string>(), aad, "groupChat"));
        return (connector, bot, team);
    }

    [Fact]
    public async Task A_reminder_that_fires_on_a_weekend_sends_nothing()
    {
        var (connector, bot, team) = await StartAsync(azurite.ConnectionString, Saturday);
        await using var _ = connector;
        await using var __ = bot;
        await bot.Service<IPulseRunner>().RunAsync(team, Tuesday, default);
        var afterPulse = connector.ActivitiesSent().Count;

        await bot.Service<IReminderRunner>().RunAsync(team, PulsePeriod.Containing(Saturday), default);

        Assert.Equal(afterPulse, connector.ActivitiesSent().Count);
    }

    [Fact]
    public async Task On_2_paaskedag_the_pulse_still_goes_out_but_a_reminder_firing_then_waits_for_tuesday()
    {
        var easterMonday = new DateTimeOffset(2026, 4, 6, 9, 0, 0, TimeSpan.FromHours(2));
        var (connector, bot, team) = await StartAsync(azurite.ConnectionString, easterMonday);
        await using var _ = connector;
        await using var __ = bot;
        var setupCalls = connector.ActivitiesSent().Count;

        await bot.Service<IPulseRunner>().RunAsync(team, easterMonday, default);
        var afterPulse = connector.ActivitiesSent().Count;
        Assert.True(afterPulse >= setupCalls + 3); // the three members got their card on the holiday
        var week = PulsePeriod.Containing(easterMonday);
        // Two working days after 2. påskedag: Tuesday, Wednesday.
        Assert.Equal(new DateTimeOffset(2026, 4, 8, 9, 0, 0, TimeSpan.FromHours(2)), await ReminderAtAsync(bot, team, week));

        await bot.Service<IReminderRunner>().RunAsync(team, week, default);

        Assert.Equal(afterPulse, connector.ActivitiesSent().Count);
        var reminder = await ReminderAtAsync(bot, team, week);
        Assert.Equal(new DateOnly(2026, 4, 7), DateOnly.FromDateTime(TrivselsBot.Scheduling.Copenhagen.LocalTime(reminder!.Value)));
    }

    [Fact]
    public async Task A_reminder_firing_late_at_night_on_a_holiday_waits_for_the_pulse_time_on_the_next_working_day()
    {
        var lateEasterMonday = new DateTimeOffset(2026, 4, 6, 22, 40, 0, TimeSpan.FromHours(2));
        var (connector, bot, team) = await StartAsync(azurite.ConnectionString, lateEasterMonday);
        await using var _ = connector;
        await using var __ = bot;
        var week = PulsePeriod.Containing(lateEasterMonday);

        await bot.Service<IReminderRunner>().RunAsync(team, week, default);

        Assert.Equal(new DateTimeOffset(2026, 4, 7, 9, 0, 0, TimeSpan.FromHours(2)), await ReminderAtAsync(bot, team, week));
    }

    private static async Task<DateTimeOffset?> ReminderAtAsync(BotUnderTest bot, TeamRef team, PulsePeriod week)
    {
        var scheduler = await bot.Service<Quartz.ISchedulerFactory>().GetScheduler();
        return (await scheduler.GetTrigger(new Quartz.TriggerKey("reminder-" + week, TrivselsBot.Scheduling.TeamSchedules.Group(team))))?.NextFireTimeUtc;
    }

    [Fact]
    public async Task A_pulse_that_fires_after_its_week_closed_is_not_sent()
    {
        var (connector, bot, team) = await StartAsync(azurite.ConnectionString, NextMonday);
        await using var _ = connector;
        await using var __ = bot;
        var setupCalls = connector.ActivitiesSent().Count;

        await bot.Service<IPulseRunner>().RunAsync(team, Tuesday, default);

        Assert.Equal(setupCalls, connector.ActivitiesSent().Count);
    }

    [Fact]
    public async Task An_answer_after_the_week_closed_gets_a_friendly_card_and_is_not_stored()
    {
        var (connector, bot, team) = await StartAsync(azurite.ConnectionString, NextMonday);
        await using var _ = connector;
        await using var __ = bot;
        var week48 = new PulsePeriod(2026, 48);
        var member = connector.Members[1];
        var aad = member["aadObjectId"]!.GetValue<string>();
        var bank = bot.Service<TrivselsBot.CheckIns.Questions.QuestionBank>();
        var questions = TrivselsBot.CheckIns.Questions.QuestionRotation.Choose(bank, week48, 3).Select(q => q.Id).ToList();
        var ticket = bot.Service<PulseTicketSigner>().Sign(new PulseTicket(team.Key, week48, questions, bot.Service<TrivselsBot.Privacy.MemberPseudonym>().For(aad)));
        var value = new JsonObject { ["action"] = "pulse.answer", ["ticket"] = ticket };
        foreach (var id in questions) value[PulseSubmission.QuestionInputId(id)] = "3";

        await bot.PostActivityAsync(TeamsActivities.Submit(connector.ServiceUrl, value, "card", "a:late", member["id"]!.GetValue<string>(), aad));

        Assert.Contains("uge 48", connector.Calls.Last().CardText, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("PUT", connector.Calls.Last().Method);
        Assert.Empty(await bot.Service<AnswerStore>().RespondentsAsync(team, week48, default));
    }
}
