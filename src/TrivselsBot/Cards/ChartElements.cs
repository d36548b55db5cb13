namespace TrivselsBot.Cards;

// Teams' chart elements, with the properties Microsoft's "Charts in Adaptive Cards" (Teams platform docs) lists. Hosts
// without charts (other Adaptive Card hosts, the official JS renderer the tests use) render the Fallback instead, so
// every chart carries one: the text chart the card showed before charts.

/// <summary>Chart.Line: one or more series of (x, y) points. A missing point is a gap; it is never drawn as zero.</summary>
public sealed record LineChart(IReadOnlyList<LineChartSeries> Data, CardElement Fallback) : CardElement
{
    public string? Title { get; init; }
    public string? XAxisTitle { get; init; }
    public string? YAxisTitle { get; init; }
    public ChartColor? Color { get; init; }
    public double? YMin { get; init; }
    public double? YMax { get; init; }
}

/// <summary>A line. A line broken by gaps is several series of one legend (a series without one shows as "Unknown").</summary>
public sealed record LineChartSeries(string Legend, IReadOnlyList<ChartPoint> Values)
{
    public ChartColor? Color { get; init; }
}

/// <summary>Chart.HorizontalBar: one bar per point, <see cref="ChartPoint.X"/> its label and <see cref="ChartPoint.Y"/> its length.</summary>
public sealed record HorizontalBarChart(IReadOnlyList<ChartPoint> Data, CardElement Fallback) : CardElement
{
    public string? Title { get; init; }
    public string? XAxisTitle { get; init; }
    public string? YAxisTitle { get; init; }
    public ChartColor? Color { get; init; }
    /// <summary>"AbsoluteWithAxis" (default), "AbsoluteNoAxis" or "PartToWhole".</summary>
    public string? DisplayMode { get; init; }
}

public sealed record ChartPoint(string X, double Y)
{
    public ChartColor? Color { get; init; }
}

/// <summary>The named chart colours Teams offers (a subset: the semantic ones and one categorical blue).</summary>
public enum ChartColor { Good, Warning, Attention, Neutral, CategoricalBlue }
