namespace TrivselsBot.CheckIns.Questions;

/// <summary>
/// The Danish agreement scale of the source documents: 5 "I meget høj grad" … 1 "Slet ikke", plus a way to decline
/// that carries no score.
/// </summary>
public static class PulseScale
{
    public const int Lowest = 1;
    public const int Highest = 5;

    /// <summary>The answer value of "Vil ikke svare".</summary>
    public const string Decline = "decline";

    /// <summary>5 down to 1: the order the choices are shown in.</summary>
    public static IReadOnlyList<int> ScoresHighFirst { get; } = [5, 4, 3, 2, 1];
}
