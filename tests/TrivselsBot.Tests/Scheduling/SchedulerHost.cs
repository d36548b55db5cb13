using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quartz;
using TrivselsBot.CheckIns;
using TrivselsBot.Scheduling;

namespace TrivselsBot.Tests.Scheduling;

/// <summary>One bot instance's scheduling, as <see cref="SchedulingServices.AddScheduling"/> wires it, in a host of its own.</summary>
public sealed class SchedulerHost : IAsyncDisposable
{
    private readonly IHost _host;

    private SchedulerHost(IHost host) => _host = host;

    public TeamSchedules Schedules => _host.Services.GetRequiredService<TeamSchedules>();

    public Task<IScheduler> SchedulerAsync() => _host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler().AsTask();

    public static async Task<SchedulerHost> StartAsync(Dictionary<string, string?> settings, RecordingRunners runners, TimeProvider? clock = null,
        string name = "")
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.AddConsole().SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton(clock ?? TimeProvider.System);
        builder.Services.AddSingleton<IPulseRunner>(new RecordingRunners.Pulse(runners, name));
        builder.Services.AddSingleton<IReminderRunner>(new RecordingRunners.Reminder(runners, name));
        builder.Services.AddScheduling(builder.Configuration);
        // A scheduler looks for triggers other instances stored every IdleWaitTime (30 s by default); tests cannot wait that long.
        builder.Services.AddQuartz(quartz => quartz.ConfigureScheduler(scheduler => scheduler.IdleWaitTime = TimeSpan.FromSeconds(1)));
        var host = builder.Build();
        await host.StartAsync();
        return new SchedulerHost(host);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
