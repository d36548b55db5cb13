namespace TrivselsBot.CheckIns;

/// <summary>
/// What a pulse card asked, of whom: signed into the card so an answer can be trusted without storing anything per
/// card. <see cref="RecipientPseudonym"/> (<see cref="Privacy.MemberPseudonym"/> of the person it was sent to) makes a
/// forwarded card useless to anyone else; it is only compared, never stored.
/// </summary>
public sealed record PulseTicket(string TeamKey, PulsePeriod Period, IReadOnlyList<string> QuestionIds, string RecipientPseudonym);
