using System.Collections.Concurrent;
using TrivselsBot.CheckIns;
using TrivselsBot.Setup;

namespace TrivselsBot.Tests.Scheduling;

/// <summary>Records every pulse and reminder the jobs hand on, from any number of scheduler instances.</summary>
public sealed class RecordingRunners
{
    public ConcurrentQueue<(string Instance, TeamRef Team, DateTimeOffset ScheduledFireTime)> Pulses { get; } = new();

    public ConcurrentQueue<(string Instance, TeamRef Team, PulsePeriod Period)> Reminders { get; } = new();

    /// <summary>Thrown by every pulse run while set.</summary>
    public Exception? PulseFailure { get; set; }

    /// <summary>Waits until <paramref name="count"/> runs were recorded, then as long again (1 to 3 s) for any surplus to show.</summary>
    public static async Task SettleAsync<T>(ConcurrentQueue<T> runs, int count)
    {
        var started = DateTime.UtcNow;
        var deadline = started + TimeSpan.FromSeconds(20);
        while (runs.Count < count && DateTime.UtcNow < deadline) await Task.Delay(50);
        var waited = DateTime.UtcNow - started;
        await Task.Delay(TimeSpan.FromSeconds(Math.Clamp(waited.TotalSeconds, 1, 3)));
    }

    public sealed class Pulse(RecordingRunners runs, string instance) : IPulseRunner
    {
        public Task RunAsync(TeamRef team, DateTimeOffset scheduledFireTime, CancellationToken ct, bool recovering = false)
        {
            runs.Pulses.Enqueue((instance, team, scheduledFireTime));
            return runs.PulseFailure is { } failure ? Task.FromException(failure) : Task.CompletedTask;
        }
    }

    public sealed class Reminder(RecordingRunners runs, string instance) : IReminderRunner
    {
        public Task RunAsync(TeamRef team, PulsePeriod period, CancellationToken ct)
        {
            runs.Reminders.Enqueue((instance, team, period));
            return Task.CompletedTask;
        }
    }
}
