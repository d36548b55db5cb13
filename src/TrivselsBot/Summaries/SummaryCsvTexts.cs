using TrivselsBot.Localization;

namespace TrivselsBot.Summaries;

/// <summary>The CSV button and the file it sends. Danish first.</summary>
public sealed record SummaryCsvTexts(string Button, string Description, string NotAllowed, string Declined, string UploadFailed)
{
    public static SummaryCsvTexts For(Language language) => language == Language.English ? English : Danish;

    public static SummaryCsvTexts Danish { get; } = new(
        "Hent som regneark (CSV)",
        "Resuméets tal som regneark til MED- og APV-arbejdet – kun samlede tal, aldrig enkelte svar.",
        "Regnearket er kun for teamets leder, i en privat chat med mig.",
        "Helt i orden – jeg sender ikke filen.",
        "Filen kunne ikke gemmes i din OneDrive lige nu. Prøv knappen igen om lidt.");

    public static SummaryCsvTexts English { get; } = new(
        "Download as spreadsheet (CSV)",
        "The summary's figures as a spreadsheet for MED and APV work – totals only, never single answers.",
        "The spreadsheet is for the team's leader only, in a private chat with me.",
        "That's fine – I won't send the file.",
        "The file could not be saved to your OneDrive right now. Try the button again in a moment.");
}
