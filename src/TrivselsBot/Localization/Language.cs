namespace TrivselsBot.Localization;

public enum Language { Danish, English }

public static class LanguageExtensions
{
    /// <summary>Danish unless the locale is English: the bot is for Danish workplaces.</summary>
    public static Language FromLocale(string? locale) =>
        locale is not null && locale.StartsWith("en", StringComparison.OrdinalIgnoreCase)
            ? Language.English
            : Language.Danish;

    public static BotTexts Texts(this Language language) =>
        language == Language.English ? BotTexts.English : BotTexts.Danish;
}
