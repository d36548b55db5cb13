using Microsoft.Extensions.DependencyInjection.Extensions;
using Quartz;

namespace TrivselsBot.Scheduling;

public static class SchedulingServices
{
    /// <summary>
    /// Quartz with a persistent job store (SQLite, or a PostgreSQL cluster when configured) whose schema is created
    /// on first start, on the container's <see cref="TimeProvider"/>, plus <see cref="TeamSchedules"/>, the
    /// <see cref="DanishWorkingDays"/> calendar (section "WorkingDays", checked at start) and the repair of lost triggers
    /// at start-up and every morning (each feature registers its <see cref="IScheduleRepair"/>).
    /// </summary>
    public static IServiceCollection AddScheduling(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(SchedulingOptions.Section).Get<SchedulingOptions>() ?? new SchedulingOptions();
        services.AddQuartz(quartz =>
        {
            quartz.ConfigureScheduler(scheduler => scheduler.InstanceName = options.InstanceName);
            quartz.UsePersistentStore(store =>
            {
                store.UseSystemTextJsonSerializer();
                store.ProvisionSchema();
                store.ConfigureStore(ado =>
                {
                    ado.MisfireThreshold = options.MisfireThreshold;
                    ado.StoreJobDataAsStrings = true;
                });
                if (options.PostgresConnectionString is { Length: > 0 } postgres)
                {
                    store.UsePostgres(postgres);
                    store.UseClustering(cluster => cluster.CheckinInterval = options.ClusterCheckinInterval);
                }
                else
                {
                    store.UseSqlite(SqliteConnectionString(options.SqlitePath));
                }
            });
        });
        services.AddQuartzHostedService(hosted => hosted.WaitForJobsToComplete = true);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<TeamSchedules>();
        services.AddOptions<WorkingDaysOptions>().Bind(configuration.GetSection(WorkingDaysOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<DanishWorkingDays>();
        services.AddOptions<SchedulingOptions>().Bind(configuration.GetSection(SchedulingOptions.Section))
            .Validate(o => o.RepairTime.Hour != 2,
                "Scheduling:RepairTime must not be between 02:00 and 03:00: the clocks change in that hour, and the repair would be skipped or run twice.")
            .ValidateOnStart();
        services.AddSingleton<ScheduleRepairs>();
        services.AddSingleton<ScheduleRepairSchedule>();
        services.AddHostedService(sp => sp.GetRequiredService<ScheduleRepairSchedule>());
        return services;
    }

    private static string SqliteConnectionString(string path)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        return $"Data Source={full}";
    }
}
