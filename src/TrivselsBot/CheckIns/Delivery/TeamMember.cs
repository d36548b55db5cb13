namespace TrivselsBot.CheckIns.Delivery;

/// <summary>A roster entry: the Teams user id ("29:…") to write to and the Entra object id the person is known by.</summary>
public sealed record TeamMember(string UserId, string AadObjectId, string Name);
