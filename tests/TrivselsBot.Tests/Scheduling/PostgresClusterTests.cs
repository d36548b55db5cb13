using TrivselsBot.CheckIns;
using TrivselsBot.Setup;
using TrivselsBot.Testing;

namespace TrivselsBot.Tests.Scheduling;

/// <summary>Several bot instances on one PostgreSQL database share one schedule: each firing happens on one of them.</summary>
public sealed class PostgresClusterTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    private static readonly PulsePeriod Period = new(2026, 48);

    private readonly RecordingRunners _runs = new();

    [PostgresFact]
    public async Task Instances_join_one_cluster_each_with_an_id_of_its_own()
    {
        var settings = ClusterSettings();
        await using var a = await SchedulerHost.StartAsync(settings, _runs);
        await using var b = await SchedulerHost.StartAsync(settings, _runs);
        var (schedulerA, schedulerB) = (await a.SchedulerAsync(), await b.SchedulerAsync());

        // A node is listed once it has checked in, which it does shortly after it started.
        var deadline = DateTime.UtcNow.AddSeconds(10);
        var nodes = await schedulerA.QueryClusterNodes();
        while (nodes.Count < 2 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
            nodes = await schedulerA.QueryClusterNodes();
        }

        Assert.NotEqual(schedulerA.SchedulerInstanceId, schedulerB.SchedulerInstanceId);
        Assert.Equal([schedulerA.SchedulerInstanceId, schedulerB.SchedulerInstanceId], nodes.Select(n => n.InstanceId).Order());
    }

    [PostgresFact]
    public async Task Two_instances_run_each_trigger_exactly_once()
    {
        var settings = ClusterSettings();
        await using var a = await SchedulerHost.StartAsync(settings, _runs, name: "a");
        await using var b = await SchedulerHost.StartAsync(settings, _runs, name: "b");
        var teams = Enumerable.Range(1, 6).Select(i => new TeamRef("tenant-1", $"19:team-{i}@thread.tacv2")).ToList();

        var at = DateTimeOffset.UtcNow.AddSeconds(2);
        foreach (var team in teams) await a.Schedules.ScheduleReminderAsync(team, Period, at, default);
        await RecordingRunners.SettleAsync(_runs.Reminders, teams.Count);

        Assert.Equal(teams.ToHashSet(), _runs.Reminders.Select(r => r.Team).ToHashSet());
        Assert.Equal(teams.Count, _runs.Reminders.Count);
    }

    [PostgresFact]
    public async Task When_one_instance_stops_the_other_fires_what_it_had_scheduled()
    {
        var settings = ClusterSettings();
        var a = await SchedulerHost.StartAsync(settings, _runs, name: "a");
        await using var b = await SchedulerHost.StartAsync(settings, _runs, name: "b");
        var team = new TeamRef("tenant-1", "19:general@thread.tacv2");

        await a.Schedules.ScheduleReminderAsync(team, Period, DateTimeOffset.UtcNow.AddSeconds(3), default);
        await a.DisposeAsync();
        await RecordingRunners.SettleAsync(_runs.Reminders, 1);

        Assert.Equal(("b", team, Period), Assert.Single(_runs.Reminders));
    }

    /// <summary>A cluster of its own per test: Quartz keeps every scheduler name's rows apart.</summary>
    private Dictionary<string, string?> ClusterSettings() => new()
    {
        ["Scheduling:PostgresConnectionString"] = postgres.ConnectionString,
        ["Scheduling:InstanceName"] = "cluster-" + Guid.NewGuid().ToString("N"),
        ["Scheduling:ClusterCheckinInterval"] = "00:00:01",
        ["Scheduling:MisfireThreshold"] = "00:00:01",
    };
}
