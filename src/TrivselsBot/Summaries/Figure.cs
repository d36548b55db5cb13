namespace TrivselsBot.Summaries;

/// <summary>
/// A number a leader may see, or the reason there is none. A suppressed figure carries no number at all, so nothing
/// computed from figures can ever include a period or question that too few answered.
/// </summary>
public readonly record struct Figure
{
    private readonly double _value;

    private Figure(FigureState state, double value)
    {
        State = state;
        _value = value;
    }

    public FigureState State { get; }

    public bool IsShown => State == FigureState.Shown;

    /// <summary>The number, only when <see cref="IsShown"/>.</summary>
    public double? Value => IsShown ? _value : null;

    /// <summary>Nothing was asked or sent: no pulse that week, or a question the rotation did not ask.</summary>
    public static Figure NotMeasured { get; } = new(FigureState.NotMeasured, 0);

    /// <summary>"For få svar": fewer than k answered, so the number is neither shown nor used.</summary>
    public static Figure Suppressed { get; } = new(FigureState.Suppressed, 0);

    public static Figure Shown(double value) => new(FigureState.Shown, value);

    /// <summary>Whole points: what leaders are shown, and all the precision a small team's figure deserves.</summary>
    public Figure Rounded() => IsShown ? Shown(Math.Round(_value, MidpointRounding.AwayFromZero)) : this;
}

public enum FigureState { NotMeasured, Suppressed, Shown }
