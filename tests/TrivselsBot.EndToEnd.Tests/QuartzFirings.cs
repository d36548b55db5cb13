using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace TrivselsBot.EndToEnd.Tests;

/// <summary>Every job Quartz runs in the bot under test, with the time it was due and the bot's clock as it started.</summary>
public sealed class QuartzFirings(TimeProvider clock) : IJobListener
{
    public sealed record Firing(JobKey Job, string Trigger, DateTimeOffset? Due, DateTimeOffset ClockAtStart)
    {
        public override string ToString() => $"{Job} ({Trigger}) due {Due:O}, started {ClockAtStart:O}";
    }

    private readonly ConcurrentQueue<Firing> _runs = new();

    public string Name => nameof(QuartzFirings);

    public IReadOnlyList<Firing> Runs => [.. _runs];

    public static async Task<QuartzFirings> WatchAsync(IServiceProvider bot)
    {
        var listener = new QuartzFirings(bot.GetRequiredService<TimeProvider>());
        var scheduler = await bot.GetRequiredService<ISchedulerFactory>().GetScheduler();
        scheduler.ListenerManager.AddJobListener(listener);
        return listener;
    }

    public override string ToString() => _runs.IsEmpty ? "no job ran" : string.Join("; ", _runs);

    public ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        _runs.Enqueue(new Firing(context.JobDetail.Key, context.Trigger.Key.Name, context.ScheduledFireTimeUtc, clock.GetUtcNow()));
        return ValueTask.CompletedTask;
    }

    public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default) =>
        ValueTask.CompletedTask;
}
