namespace TrivselsBot.Trio;

/// <summary>Section "Trio".</summary>
public sealed class TrioOptions
{
    public const string Section = "Trio";

    /// <summary>An organisation's own årshjul (format of Trio/annual-cycle.json); empty = the shipped one.</summary>
    public string AnnualCyclePath { get; set; } = "";

    /// <summary>Copenhagen time of day the scheduled agenda goes out, on its working day before the meeting.</summary>
    public TimeOnly AgendaTime { get; set; } = new(8, 0);

    /// <summary>Copenhagen time of day, on working days, owners are reminded of actions due soon or overdue.</summary>
    public TimeOnly ReminderTime { get; set; } = new(8, 0);
}
