namespace TrivselsBot.Summaries;

/// <summary>A score now and the average it is compared with, both on the 0-100 scale where higher is better.</summary>
public sealed record Comparison(Figure Now, Figure Before)
{
    /// <summary>
    /// Points of change that count as a move: one step on the five-point scale is 25 points, so 5 points is a fifth of a
    /// step; less than that is what a small team's figure wobbles by from week to week.
    /// </summary>
    public const double MoveThreshold = 5;

    /// <summary>Now minus before; suppressed when either is.</summary>
    public Figure Change =>
        Now.IsShown && Before.IsShown ? Figure.Shown(Now.Value!.Value - Before.Value!.Value)
        : Now.State == FigureState.Suppressed || Before.State == FigureState.Suppressed ? Figure.Suppressed
        : Figure.NotMeasured;

    /// <summary>Up, steady or down; null when there is no change to show.</summary>
    public Movement? Movement => Change.Value switch
    {
        null => null,
        >= MoveThreshold => Summaries.Movement.Up,
        <= -MoveThreshold => Summaries.Movement.Down,
        _ => Summaries.Movement.Steady,
    };
}

public enum Movement { Up, Steady, Down }
