using TrivselsBot.Localization;

namespace TrivselsBot.CheckIns;

public sealed record PauseTexts(
    string PauseWord,
    string PauseDescription,
    string StartWord,
    string StartDescription,
    string Paused,
    string Resumed,
    string OnlyInPersonalChat)
{
    public static PauseTexts For(Language language) => language == Language.English ? English : Danish;

    public static PauseTexts Danish { get; } = new(
        "pause",
        "Stopper dine ugentlige trivselstjek, indtil du skriver start.",
        "start",
        "Starter dine ugentlige trivselstjek igen.",
        "Du får ingen trivselstjek, før du skriver **start**. Du tæller med som en, der ikke har svaret.",
        "Velkommen tilbage! Du får trivselstjekket igen fra næste gang.",
        "Skriv **pause** eller **start** til mig i en chat med kun os to.");

    public static PauseTexts English { get; } = new(
        "pause",
        "Stops your weekly check-ins until you type start.",
        "start",
        "Starts your weekly check-ins again.",
        "You will get no check-ins until you type **start**. You count as someone who has not answered.",
        "Welcome back! You will get the check-in again from next time.",
        "Write **pause** or **start** to me in a chat with just the two of us.");
}
