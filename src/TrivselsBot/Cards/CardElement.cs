using System.Text.Json.Serialization;

namespace TrivselsBot.Cards;

[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(TextBlock), "TextBlock")]
[JsonDerivedType(typeof(FactSet), "FactSet")]
[JsonDerivedType(typeof(Container), "Container")]
[JsonDerivedType(typeof(ColumnSet), "ColumnSet")]
[JsonDerivedType(typeof(Image), "Image")]
[JsonDerivedType(typeof(ChoiceSetInput), "Input.ChoiceSet")]
[JsonDerivedType(typeof(TextInput), "Input.Text")]
[JsonDerivedType(typeof(NumberInput), "Input.Number")]
[JsonDerivedType(typeof(TimeInput), "Input.Time")]
[JsonDerivedType(typeof(DateInput), "Input.Date")]
[JsonDerivedType(typeof(ToggleInput), "Input.Toggle")]
[JsonDerivedType(typeof(ActionSet), "ActionSet")]
[JsonDerivedType(typeof(LineChart), "Chart.Line")]
[JsonDerivedType(typeof(HorizontalBarChart), "Chart.HorizontalBar")]
public abstract record CardElement
{
    public string? Id { get; init; }
    public Spacing? Spacing { get; init; }
    public bool? Separator { get; init; }
}

public enum Spacing { None, Small, Default, Medium, Large, ExtraLarge }
public enum TextSize { Small, Default, Medium, Large, ExtraLarge }
public enum TextWeight { Lighter, Default, Bolder }
public enum TextColor { Default, Dark, Light, Accent, Good, Warning, Attention }
public enum ContainerStyle { Default, Emphasis, Good, Attention, Warning, Accent }
public enum FontType { Default, Monospace }

public sealed record TextBlock(string Text) : CardElement
{
    public TextSize? Size { get; init; }
    public TextWeight? Weight { get; init; }
    public TextColor? Color { get; init; }
    public bool? IsSubtle { get; init; }
    /// <summary>Monospace keeps text bars and sparklines (block characters) the same width whatever the font.</summary>
    public FontType? FontType { get; init; }
    public bool Wrap { get; init; } = true;
}

public sealed record Fact(string Title, string Value);

public sealed record FactSet(IReadOnlyList<Fact> Facts) : CardElement;

public sealed record Container(IReadOnlyList<CardElement> Items) : CardElement
{
    public ContainerStyle? Style { get; init; }
    public bool? Bleed { get; init; }
}

public sealed record Column(IReadOnlyList<CardElement> Items)
{
    public string Type => "Column";
    /// <summary>"auto", "stretch" or a relative weight such as "2".</summary>
    public string? Width { get; init; }
    public string? VerticalContentAlignment { get; init; }
}

public sealed record ColumnSet(IReadOnlyList<Column> Columns) : CardElement;

public sealed record Image(string Url) : CardElement
{
    public string? AltText { get; init; }
    public string? Size { get; init; }
}

public sealed record Choice(string Title, string Value);

public sealed record ChoiceSetInput : CardElement
{
    public ChoiceSetInput(string id, IReadOnlyList<Choice> choices)
    {
        Id = id;
        Choices = choices;
    }

    public IReadOnlyList<Choice> Choices { get; }
    public string? Label { get; init; }
    /// <summary>"compact" (drop-down), "expanded" (radio buttons) or "filtered" (type-ahead).</summary>
    public string? Style { get; init; }
    public bool? IsRequired { get; init; }
    public bool? IsMultiSelect { get; init; }
    public string? ErrorMessage { get; init; }
    public string? Value { get; init; }
}

public sealed record TextInput : CardElement
{
    public TextInput(string id) => Id = id;

    public string? Label { get; init; }
    public string? Placeholder { get; init; }
    public bool? IsMultiline { get; init; }
    public int? MaxLength { get; init; }
    public string? Value { get; init; }
}
