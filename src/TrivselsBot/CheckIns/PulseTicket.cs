namespace TrivselsBot.CheckIns;

/// <summary>
/// What a pulse card asked, of whom: signed into the card so an answer can be trusted without storing anything per
/// card. <see cref="RecipientPseudonym"/> (<see cref="Privacy.MemberPseudonym"/> of the person it was sent to) makes a
/// forwarded card useless to anyone else; it is only compared, never stored. <see cref="Group"/> is the part of the team
/// the answer counts in (<see cref="Groups.TeamGroup.Of"/>), or null.
/// </summary>
public sealed record PulseTicket(string TeamKey, PulsePeriod Period, IReadOnlyList<string> QuestionIds, string RecipientPseudonym, string? Group = null);
