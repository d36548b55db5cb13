using System.Diagnostics.Metrics;

namespace TrivselsBot.BotConnector;

/// <summary>
/// The connector's metrics, under the meter <see cref="MeterName"/>: every 429 answer met (retried or not), tagged
/// with the "server.address" of the service URL it came from.
/// </summary>
public static class ConnectorTelemetry
{
    public const string MeterName = "TrivselsBot.BotConnector";
    public const string ThrottledName = "botconnector.throttled";

    private static readonly Meter Meter = new(MeterName);

    internal static readonly Counter<long> Throttled = Meter.CreateCounter<long>(ThrottledName, "{response}", "Bot Connector answers with status 429 Too Many Requests.");

    internal static void CountThrottled(Uri requestUri) =>
        Throttled.Add(1, new KeyValuePair<string, object?>("server.address", requestUri.Authority));
}
