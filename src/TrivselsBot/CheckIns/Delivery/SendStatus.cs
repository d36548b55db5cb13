namespace TrivselsBot.CheckIns.Delivery;

public enum SendStatus
{
    /// <summary>Claimed by a run that is sending now (or crashed while it did).</summary>
    Sending,

    Sent,

    /// <summary>Teams refused the person for good (403/404: blocked, app not installed, chat gone); never retried.</summary>
    Unreachable,

    /// <summary>
    /// No chat with the person and the app could not be installed for them through Graph (403/404); not tried again this
    /// period. Only with Graph enabled.
    /// </summary>
    NotInstalled,

    /// <summary>Not delivered; tried again by later runs until the attempts run out.</summary>
    Failed,
}
