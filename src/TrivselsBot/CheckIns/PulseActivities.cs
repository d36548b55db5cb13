using TrivselsBot.BotConnector;
using TrivselsBot.CheckIns.Cards;
using TrivselsBot.CheckIns.Questions;
using TrivselsBot.Localization;
using TrivselsBot.Setup;

namespace TrivselsBot.CheckIns;

internal static class PulseActivities
{
    public static Activity Card(TeamSetup setup, PulseRun run, IReadOnlyList<Question> questions, string ticket, bool isReminder)
    {
        var card = PulseCard.Build(setup.Language, questions, ticket, run.Period, isReminder, setup.Name);
        var activity = Activity.CreateMessage();
        activity.Locale = setup.Language == Language.English ? "en-US" : "da-DK";
        activity.Attachments = [Attachment.AdaptiveCard(card.ToJson())];
        return activity;
    }
}
