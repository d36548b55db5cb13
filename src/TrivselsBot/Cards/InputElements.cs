namespace TrivselsBot.Cards;

public sealed record NumberInput : CardElement
{
    public NumberInput(string id) => Id = id;

    public string? Label { get; init; }
    public double? Min { get; init; }
    public double? Max { get; init; }
    public double? Value { get; init; }
    public bool? IsRequired { get; init; }
    public string? ErrorMessage { get; init; }
}

/// <summary>Sends "HH:mm".</summary>
public sealed record TimeInput : CardElement
{
    public TimeInput(string id) => Id = id;

    public string? Label { get; init; }
    public string? Value { get; init; }
    public bool? IsRequired { get; init; }
    public string? ErrorMessage { get; init; }
}
