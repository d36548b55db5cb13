using TrivselsBot.CheckIns;
using TrivselsBot.CheckIns.Questions;

namespace TrivselsBot.Summaries;

/// <summary>How many of the roster answered the period; both figures suppressed under k.</summary>
public sealed record ResponseRate(Figure Respondents, Figure Percent, int RosterSize);

/// <summary>The anchor question's score in one week of the trend.</summary>
public sealed record TrendPoint(PulsePeriod Period, Figure Score);

public sealed record ThemeScore(Theme Theme, Comparison Score);

/// <summary>
/// Vægten (BFA): the loads against the resources. <see cref="Load"/> is 0-100 where higher is heavier (the belastning
/// questions' scores turned round); <see cref="Resources"/> is 0-100 where higher is better.
/// </summary>
public sealed record VaegtenBalance(Figure Load, Figure Resources);

/// <summary>A theme worth talking about, why, and questions to start the talk with.</summary>
public sealed record AttentionPoint(Theme Theme, AttentionReason Reason, IReadOnlyList<DialogueQuestion> Questions);

public enum AttentionReason { Lowest, FallingMost }
