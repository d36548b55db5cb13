using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using TrivselsBot.BotConnector;

namespace TrivselsBot.Administration;

public static class TelemetryServices
{
    /// <summary>
    /// <see cref="BotTelemetry"/> always; OTLP export of traces (pulse runs, inbound requests) and metrics (the bot's and
    /// the connector's counters, ASP.NET Core's and HttpClient's) only when "Telemetry:OtlpEndpoint" is set. Outbound
    /// HTTP is measured but not traced: its URLs hold conversation ids, which an exported span must not carry.
    /// </summary>
    public static IServiceCollection AddTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<BotTelemetry>();
        var options = configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        if (options.OtlpEndpoint is not { } endpoint) return services;

        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(BotTelemetry.Name, serviceVersion: BotTelemetry.Version))
            .WithTracing(tracing => tracing
                .AddSource(BotTelemetry.Name)
                .AddAspNetCoreInstrumentation()
                .AddOtlpExporter(o => (o.Endpoint, o.Protocol) = (endpoint, options.OtlpProtocol)))
            .WithMetrics(metrics => metrics
                .AddMeter(BotTelemetry.Name, ConnectorTelemetry.MeterName)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddOtlpExporter(o => (o.Endpoint, o.Protocol) = (endpoint, options.OtlpProtocol)));
        return services;
    }
}
