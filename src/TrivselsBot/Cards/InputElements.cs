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

/// <summary>Sends "yyyy-MM-dd".</summary>
public sealed record DateInput : CardElement
{
    public DateInput(string id) => Id = id;

    public string? Label { get; init; }
    public string? Value { get; init; }
    public string? Min { get; init; }
}

/// <summary>Buttons inside the body, e.g. one row per listed item.</summary>
public sealed record ActionSet(IReadOnlyList<CardAction> Actions) : CardElement;
