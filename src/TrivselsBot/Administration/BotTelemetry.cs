using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Reflection;

namespace TrivselsBot.Administration;

/// <summary>
/// The bot's own traces and metrics, named <see cref="Name"/>: a span per pulse and reminder run, and counters of
/// pulse cards sent and answers stored. Counts only; nothing that names a team or a person.
/// </summary>
public sealed class BotTelemetry
{
    public const string Name = "TrivselsBot";
    public const string PulsesSentName = "trivselsbot.pulses.sent";
    public const string AnswersStoredName = "trivselsbot.answers.stored";

    public static ActivitySource Pulses { get; } = new(Name);

    /// <summary>The assembly's informational version (set by the build), e.g. "1.0.0+3d89810".</summary>
    public static string Version { get; } =
        typeof(BotTelemetry).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    private readonly Counter<long> _pulsesSent;
    private readonly Counter<long> _answersStored;

    public BotTelemetry(IMeterFactory meters)
    {
        var meter = meters.Create(Name, Version);
        _pulsesSent = meter.CreateCounter<long>(PulsesSentName, "{card}", "Pulse and reminder cards delivered to members.");
        _answersStored = meter.CreateCounter<long>(AnswersStoredName, "{answer}", "Pulse answers stored (each person once per week).");
    }

    /// <param name="kind">"pulse" or "reminder".</param>
    public void PulsesSent(int count, string kind) => _pulsesSent.Add(count, new KeyValuePair<string, object?>("kind", kind));

    public void AnswerStored() => _answersStored.Add(1);
}
