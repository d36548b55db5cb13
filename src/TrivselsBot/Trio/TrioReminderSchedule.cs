using Microsoft.Extensions.Options;
using Quartz;
using TrivselsBot.Scheduling;

namespace TrivselsBot.Trio;

/// <summary>
/// <see cref="TrioReminderJob"/> Monday to Friday at <see cref="TrioOptions.ReminderTime"/> Copenhagen time, never at
/// weekends (on holidays the run itself sends nothing).
/// </summary>
public sealed class TrioReminderSchedule(ISchedulerFactory schedulers, TimeProvider clock, IOptions<TrioOptions> options, ILogger<TrioReminderSchedule> log)
    : RecurringJobSchedule<TrioReminderJob>(schedulers, clock, log, Job, $"0 {options.Value.ReminderTime.Minute} {options.Value.ReminderTime.Hour} ? * MON-FRI")
{
    public static readonly JobKey Job = new("trio-reminders", "trio");
}
