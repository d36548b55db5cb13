namespace TrivselsBot.Scheduling;

/// <summary>Where the schedule is kept (section "Scheduling"). SQLite for one instance; PostgreSQL for several.</summary>
public sealed class SchedulingOptions
{
    public const string Section = "Scheduling";

    /// <summary>The SQLite file used when no PostgreSQL connection string is set; its directory is created.</summary>
    public string SqlitePath { get; set; } = Path.Combine(".data", "scheduler.db");

    /// <summary>When set, the schedule lives in PostgreSQL and every bot instance sharing it joins one cluster.</summary>
    public string? PostgresConnectionString { get; set; }

    /// <summary>The cluster's name: instances with the same name and database share one schedule.</summary>
    public string InstanceName { get; set; } = "TrivselsBot";

    /// <summary>How often a clustered instance tells the others it is alive; a silent one's work is taken over.</summary>
    public TimeSpan ClusterCheckinInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How late a fire time may be before it counts as missed and its trigger's misfire instruction applies.</summary>
    public TimeSpan MisfireThreshold { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Copenhagen time of day every team's lost triggers are given back (<see cref="ScheduleRepairSchedule"/>).</summary>
    public TimeOnly RepairTime { get; set; } = new(5, 0);
}
