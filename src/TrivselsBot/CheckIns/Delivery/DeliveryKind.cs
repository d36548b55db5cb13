namespace TrivselsBot.CheckIns.Delivery;

/// <summary>What a fan-out sends; each kind is delivered (and recorded) once per member and period.</summary>
public enum DeliveryKind
{
    Pulse,
    Reminder,
}
