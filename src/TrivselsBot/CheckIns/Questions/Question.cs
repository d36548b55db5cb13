using TrivselsBot.Localization;

namespace TrivselsBot.CheckIns.Questions;

/// <summary>One item on the pulse card, answered on the five-point agreement scale (<see cref="PulseScale"/>).</summary>
public record Question(string Id, ScoreDirection Direction, string Da, string En, string Source)
{
    public string Text(Language language) => language == Language.English ? En : Da;
}

/// <summary>A rotating question: it belongs to one theme and measures one side of Vægten.</summary>
public sealed record ThemedQuestion(
    string Id, string ThemeId, VaegtenWeight Weight, ScoreDirection Direction, string Da, string En, string Source)
    : Question(Id, Direction, Da, En, Source);

public sealed record Theme(string Id, string Da, string En)
{
    public string Name(Language language) => language == Language.English ? En : Da;
}

/// <summary>Which side of Vægten (BFA's balance between loads and resources) a question measures.</summary>
public enum VaegtenWeight { Belastning, Ressource }

/// <summary>How to read a score: a high score on "how burdensome was …" is bad, on "how supported were you …" good.</summary>
public enum ScoreDirection { HigherIsBetter, HigherIsWorse }
