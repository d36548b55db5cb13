using System.ComponentModel.DataAnnotations;

namespace TrivselsBot.CheckIns.Delivery;

/// <summary>How fast and how persistently cards are fanned out (section "Delivery").</summary>
public sealed class DeliveryOptions
{
    public const string Section = "Delivery";

    /// <summary>Teams' limit per app per tenant, shared by every fan-out of this instance in the tenant.</summary>
    [Range(1, 10_000)]
    public int TenantRequestsPerSecond { get; set; } = 50;

    /// <summary>Teams' limit per bot per conversation (thread).</summary>
    [Range(1, 100)]
    public int ConversationRequestsPerSecond { get; set; } = 7;

    /// <summary>Members in flight at once; enough to keep the tenant's rate busy while table writes and responses are awaited.</summary>
    [Range(1, 512)]
    public int MaxParallelSends { get; set; } = 16;

    /// <summary>Tries per member and kind and period, over all runs; a member still failing after these stays Failed.</summary>
    [Range(1, 20)]
    public int MaxAttempts { get; set; } = 3;

    /// <summary>The wait before a failed member's next try within a run, doubled per try (with jitter).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// A claim ("Sending") older than this is taken to belong to a crashed instance and may be taken over. A live run issues
    /// no request on a claim older than half of it, and a request in flight ends within the HTTP timeout (100 s).
    /// </summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan StaleClaimAfter { get; set; } = TimeSpan.FromMinutes(10);
}
