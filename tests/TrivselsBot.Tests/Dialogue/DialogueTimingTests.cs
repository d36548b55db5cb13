using Quartz;
using TrivselsBot.Dialogue;
using TrivselsBot.Scheduling;
using TrivselsBot.Testing;

namespace TrivselsBot.Tests.Dialogue;

/// <summary>Messages reach the other side only in the half-hourly batches, never within minutes of being written.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class DialogueTimingTests(AzuriteServer azurite)
{
    [Theory]
    [InlineData("2026-11-24T10:00:00+01:00", "2026-11-24T10:30:00+01:00")]
    [InlineData("2026-11-24T10:19:59+01:00", "2026-11-24T10:30:00+01:00")]
    [InlineData("2026-11-24T10:20:01+01:00", "2026-11-24T11:00:00+01:00")]
    [InlineData("2026-03-29T01:55:00+01:00", "2026-03-29T03:30:00+02:00")] // across the spring change
    public void A_message_goes_out_with_the_first_batch_at_least_ten_minutes_later(string written, string batch) =>
        Assert.Equal(DateTimeOffset.Parse(batch, System.Globalization.CultureInfo.InvariantCulture),
            DeliverySlots.For(DateTimeOffset.Parse(written, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void The_batch_job_fires_on_the_hour_and_half_hour_Copenhagen_time_also_across_daylight_saving()
    {
        var next = new DateTimeOffset(2026, 10, 25, 1, 10, 0, TimeSpan.FromHours(2));
        var trigger = (ICronTrigger)TriggerBuilder.Create().WithCronSchedule(DeliverySlots.Cron, c => c.InTimeZone(Copenhagen.TimeZone)).StartAt(next).Build();
        for (var i = 0; i < 8; i++)
        {
            next = trigger.GetFireTimeAfter(next)!.Value;
            var local = Copenhagen.LocalTime(next);
            Assert.True(local.Minute is 0 or 30, $"fired at {local:HH:mm}");
            Assert.Equal(0, local.Second);
        }
    }

    [Fact]
    public async Task A_reply_is_delivered_only_when_its_batch_runs_and_all_waiting_replies_go_together()
    {
        await using var rig = await DialogueRig.StartAsync(azurite, optIn: [1, 2]);
        foreach (var reply in DialogueRig.Actions((await rig.CommentsCardAsync())!).Where(a => (string?)a["action"] == DialogueCards.ReplyAction))
        {
            await rig.SubmitAsync(DialogueRig.Reply(reply, "Tak."), DialogueRig.LeaderChat, 0);
        }
        var batch = rig.NextBatch;
        Assert.True(batch - rig.Clock.GetUtcNow() >= DeliverySlots.MinimumWait - TimeSpan.FromSeconds(5));

        Assert.Equal(0, await rig.DeliverAsync(batch.AddMinutes(-1)));
        Assert.Empty(rig.SentTo(DialogueRig.Chat(1)));
        Assert.Empty(rig.SentTo(DialogueRig.Chat(2)));
        Assert.Equal(2, await rig.DeliverAsync(batch));
        Assert.Single(rig.SentTo(DialogueRig.Chat(1)));
        Assert.Single(rig.SentTo(DialogueRig.Chat(2)));
    }

    [Fact]
    public async Task The_bot_puts_the_batch_on_the_schedule()
    {
        await using var rig = await DialogueRig.StartAsync(azurite, optIn: [1]);
        var schedule = rig.Bot.Service<DialogueDeliverySchedule>();
        await schedule.EnsureScheduledAsync(default);

        var next = await schedule.NextRunAsync(default);

        Assert.NotNull(next);
        Assert.True(Copenhagen.LocalTime(next.Value).Minute is 0 or 30);
    }
}
