using Microsoft.Extensions.Options;
using Quartz;

namespace TrivselsBot.Scheduling;

/// <summary>
/// <see cref="ScheduleRepairs"/> at start-up, and every day at <see cref="SchedulingOptions.RepairTime"/> Copenhagen time
/// (by default 05:00: after the daylight saving changes, which happen between 02:00 and 03:00, and before the working
/// day's pulses and TRIO agendas), so a lost trigger is back within a day without a restart.
/// </summary>
public sealed class ScheduleRepairSchedule(ISchedulerFactory schedulers, TimeProvider clock, IOptions<SchedulingOptions> options, ScheduleRepairs repairs,
    ILogger<ScheduleRepairSchedule> log)
    : RecurringJobSchedule<ScheduleRepairJob>(schedulers, clock, log, Job, $"0 {options.Value.RepairTime.Minute} {options.Value.RepairTime.Hour} * * ?")
{
    public static readonly JobKey Job = new("schedule-repair", "maintenance");

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await base.ExecuteAsync(stoppingToken);
        await repairs.RunAsync(stoppingToken);
    }
}
