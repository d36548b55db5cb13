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

/// <summary>A check box; sends <see cref="On"/> or <see cref="Off"/>.</summary>
public sealed record ToggleInput : CardElement
{
    public const string On = "true";
    public const string Off = "false";

    public ToggleInput(string id, string title)
    {
        Id = id;
        Title = title;
    }

    public string Title { get; }
    public string? Value { get; init; } = Off;
    public string ValueOn { get; } = On;
    public string ValueOff { get; } = Off;
    public bool? Wrap { get; init; } = true;
}

/// <summary>Buttons inside the body, e.g. one row per listed item.</summary>
public sealed record ActionSet(IReadOnlyList<CardAction> Actions) : CardElement;
