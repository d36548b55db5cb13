using Quartz;

namespace TrivselsBot.Scheduling;

/// <summary>The morning's run of <see cref="ScheduleRepairs"/>.</summary>
[DisallowConcurrentExecution]
public sealed class ScheduleRepairJob(ScheduleRepairs repairs) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await repairs.RunAsync(cancellationToken);
}
