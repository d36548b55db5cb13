using TrivselsBot.Cards;
using TrivselsBot.CheckIns;
using TrivselsBot.CheckIns.Cards;
using TrivselsBot.Localization;

namespace TrivselsBot.LeaderPulse;

/// <summary>The leaders' own weekly pulse: the same scale and signed-ticket answer as the team pulse, no comment box.</summary>
public static class LeaderPulseCard
{
    /// <param name="ticket">Signed for the tenant's leader group (<see cref="LeaderGroup"/>), naming every leader question.</param>
    /// <param name="minimumGroupSize">The leader group's k, told on the card.</param>
    public static AdaptiveCard Build(Language language, LeaderQuestions questions, string ticket, PulsePeriod period, int minimumGroupSize)
    {
        var t = LeaderPulseTexts.For(language);
        return PulseCard.Build(language, questions.All, ticket, t.Title(period.Week), t.Intro(questions.All.Count, minimumGroupSize), withComment: false);
    }
}
