using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using TrivselsBot.BotConnector;

namespace TrivselsBot.Administration;

public static class TelemetryServices
{
    /// <summary>ASP.NET Core's own ActivitySource and meters, subscribed by name (no instrumentation package needed).</summary>
    private static readonly string[] AspNetCoreMeters = ["Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "System.Net.Http"];

    /// <summary>
    /// <see cref="BotTelemetry"/> always; OTLP export of traces (pulse runs, inbound requests) and metrics (the bot's and
    /// the connector's counters, ASP.NET Core's) only when "Telemetry:OtlpEndpoint" is set.
    /// </summary>
    public static IServiceCollection AddTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<BotTelemetry>();
        var options = configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        if (options.OtlpEndpoint is not { } endpoint) return services;

        var resource = ResourceBuilder.CreateDefault().AddService(BotTelemetry.Name, serviceVersion: BotTelemetry.Version);
        services.AddSingleton(_ => Sdk.CreateTracerProviderBuilder()
            .SetResourceBuilder(resource)
            .AddSource(BotTelemetry.Name, "Microsoft.AspNetCore")
            .AddOtlpExporter(o => (o.Endpoint, o.Protocol) = (endpoint, options.OtlpProtocol))
            .Build());
        services.AddSingleton(_ => Sdk.CreateMeterProviderBuilder()
            .SetResourceBuilder(resource)
            .AddMeter([BotTelemetry.Name, ConnectorTelemetry.MeterName, .. AspNetCoreMeters])
            .AddOtlpExporter(o => (o.Endpoint, o.Protocol) = (endpoint, options.OtlpProtocol))
            .Build());
        services.AddHostedService<TelemetryExport>();
        return services;
    }

    /// <summary>Creates both providers at start-up, so export begins at once; the container disposes (and flushes) them at shutdown.</summary>
    private sealed class TelemetryExport(TracerProvider traces, MeterProvider metrics) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken)
        {
            traces.ForceFlush(2000);
            metrics.ForceFlush(2000);
            return Task.CompletedTask;
        }
    }
}
