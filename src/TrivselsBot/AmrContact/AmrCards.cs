using System.Text.Json.Nodes;
using TrivselsBot.Cards;
using TrivselsBot.Localization;

namespace TrivselsBot.AmrContact;

/// <summary>The consent card after a signal answer, what the AMR gets, and the receipts. None carries a score or a week.</summary>
public static class AmrCards
{
    public const string YesAction = "amr.yes";
    public const string NoAction = "amr.no";

    public static AdaptiveCard Consent(Language language, IReadOnlyList<string> amrNames, SealedOffer offer)
    {
        var en = language == Language.English;
        var names = string.Join(en ? " and " : " og ", amrNames);
        JsonObject Data(string action) => new()
        {
            ["action"] = action, ["team"] = offer.TeamKey, ["nonce"] = offer.Nonce, ["expires"] = offer.ExpiresAt, ["mac"] = offer.Mac,
        };
        return new AdaptiveCard(
        [
            new TextBlock(en ? "Would you like your health and safety representative to contact you?" : "Vil du have, at jeres arbejdsmiljørepræsentant kontakter dig?")
                { Size = TextSize.Medium, Weight = TextWeight.Bolder },
            new TextBlock(en
                ? $"If you say yes, {names} gets a message with your name saying that you would like to be contacted about violence, threats or offensive behaviour at work. Your answers are not shown – only that you asked."
                : $"Siger du ja, får {names} en besked med dit navn om, at du gerne vil kontaktes om vold, trusler eller krænkelser i arbejdet. Dine svar vises ikke – kun at du har bedt om det.") { Spacing = Spacing.Small },
            new TextBlock(en ? "If you say no, nothing is sent and nothing is kept." : "Siger du nej, sendes og gemmes der intet.") { IsSubtle = true, Size = TextSize.Small },
        ],
        [
            new SubmitAction(en ? "Yes, contact me" : "Ja, kontakt mig", Data(YesAction)) { Style = "positive" },
            new SubmitAction(en ? "No thanks" : "Nej tak", Data(NoAction)),
        ]);
    }

    /// <summary>When the team has no AMR set up: whom to contact instead; no button sends anything.</summary>
    public static AdaptiveCard NoAmr(Language language, string fallbackText, string? fallbackUrl) =>
        new([
            new TextBlock(language == Language.English ? "Need to talk about violence, threats or offensive behaviour?" : "Brug for at tale om vold, trusler eller krænkelser?")
                { Size = TextSize.Medium, Weight = TextWeight.Bolder },
            new TextBlock(fallbackText) { Spacing = Spacing.Small },
        ], fallbackUrl is { Length: > 0 } url ? [new OpenUrlAction(language == Language.English ? "Read more" : "Læs mere", url)] : null);

    public static AdaptiveCard ToAmr(Language language, string personName, string teamName)
    {
        var en = language == Language.English;
        return new([
            new TextBlock(en ? "A colleague would like you to contact them" : "En kollega vil gerne kontaktes af dig") { Size = TextSize.Medium, Weight = TextWeight.Bolder },
            new TextBlock(en
                ? $"{personName} ({teamName}) would like you, as health and safety representative, to contact them about violence, threats or offensive behaviour at work."
                : $"{personName} ({teamName}) vil gerne kontaktes af dig som arbejdsmiljørepræsentant om vold, trusler eller krænkelser i arbejdet.") { Spacing = Spacing.Small },
            new TextBlock(en
                ? $"{personName} asked for it and agreed that you get the name. You do not see their answers."
                : $"{personName} har selv bedt om det og givet lov til, at du får navnet. Du ser ikke personens svar.") { IsSubtle = true, Size = TextSize.Small },
        ]);
    }

    public static AdaptiveCard Receipt(string text) => new([new TextBlock(text)]);
}
