using OpenTelemetry.Exporter;

namespace TrivselsBot.Administration;

/// <summary>Section "Telemetry": nothing is exported unless <see cref="OtlpEndpoint"/> is set.</summary>
public sealed class TelemetryOptions
{
    public const string Section = "Telemetry";

    /// <summary>An OpenTelemetry collector, e.g. "http://otel-collector:4317" (gRPC) or ".../v1" with HttpProtobuf.</summary>
    public Uri? OtlpEndpoint { get; set; }

    public OtlpExportProtocol OtlpProtocol { get; set; } = OtlpExportProtocol.Grpc;
}
