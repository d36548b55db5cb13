using TrivselsBot.Localization;

namespace TrivselsBot.Summaries;

/// <summary>The CSV button, the file it sends and every answer to its file card. Danish first.</summary>
public sealed record SummaryCsvTexts
{
    public required string Button { get; init; }
    public required string Description { get; init; }
    public required string NotAllowed { get; init; }
    public required string Declined { get; init; }
    public required string UploadFailed { get; init; }
    public required string OutdatedCard { get; init; }
    public required string AlreadySent { get; init; }
    public required string StillSending { get; init; }
    public required string FailedBefore { get; init; }
    public required string DeclinedBefore { get; init; }
    public required string SentBeforeDecline { get; init; }

    public static SummaryCsvTexts For(Language language) => language == Language.English ? English : Danish;

    public static SummaryCsvTexts Danish { get; } = new()
    {
        Button = "Hent som regneark (CSV)",
        Description = "Resuméets tal som regneark til MED- og APV-arbejdet – kun samlede tal, aldrig enkelte svar.",
        NotAllowed = "Regnearket er kun for teamets leder og TRIO – i en privat chat med mig.",
        Declined = "Helt i orden – jeg sender ikke filen.",
        UploadFailed = "Filen kunne ikke gemmes i din OneDrive lige nu. Prøv knappen igen om lidt.",
        OutdatedCard = "Det filkort er for gammelt. Tryk på knappen i resuméet igen, så får du et nyt.",
        AlreadySent = "Filen er allerede sendt – du finder den i din OneDrive og her i chatten.",
        StillSending = "Filen er ved at blive sendt. Vent et øjeblik – kommer den ikke, så tryk på knappen i resuméet igen.",
        FailedBefore = "Filen kunne ikke gemmes, da du sagde ja. Tryk på knappen i resuméet igen, så får du et nyt filkort.",
        DeclinedBefore = "Du har allerede sagt nej tak til filen. Tryk på knappen i resuméet igen, hvis du vil have den alligevel.",
        SentBeforeDecline = "Filen er allerede sendt og ligger i din OneDrive. Du kan slette den der, hvis du ikke vil have den.",
    };

    public static SummaryCsvTexts English { get; } = new()
    {
        Button = "Download as spreadsheet (CSV)",
        Description = "The summary's figures as a spreadsheet for MED and APV work – totals only, never single answers.",
        NotAllowed = "The spreadsheet is for the team's leader and TRIO only – in a private chat with me.",
        Declined = "That's fine – I won't send the file.",
        UploadFailed = "The file could not be saved to your OneDrive right now. Try the button again in a moment.",
        OutdatedCard = "That file card is out of date. Press the button in the summary again to get a new one.",
        AlreadySent = "The file was already sent – you'll find it in your OneDrive and here in the chat.",
        StillSending = "The file is being sent. Wait a moment – if it doesn't arrive, press the button in the summary again.",
        FailedBefore = "The file could not be saved when you said yes. Press the button in the summary again to get a new file card.",
        DeclinedBefore = "You already said no thanks to the file. Press the button in the summary again if you want it after all.",
        SentBeforeDecline = "The file was already sent and is in your OneDrive. You can delete it there if you don't want it.",
    };
}
