namespace TrivselsBot.CheckIns.Delivery;

/// <summary>What a fan-out sends; each kind is delivered (and recorded) once per member and period.</summary>
public enum DeliveryKind
{
    Pulse,
    Reminder,
    /// <summary>The leader summary sent to a team's leaders when a week has closed.</summary>
    LeaderSummary,
    /// <summary>A TRIO's meeting agenda, 1:1 to each TRIO member (period = the meeting's week).</summary>
    TrioAgenda,
    /// <summary>The leaders' own pulse, sent once a week to each leader of the tenant (recorded under the leader group).</summary>
    LeaderPulse,
}
