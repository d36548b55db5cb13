using TrivselsBot.CheckIns.Questions;

namespace TrivselsBot.AmrContact;

/// <summary>
/// A signal answer: any exposure (more than "Slet ikke") on one of the bank's violence, threat or krænkelse items — the
/// questions of the signal theme where a high answer is worse. Declined questions are no signal.
/// </summary>
public static class AmrSignal
{
    public static bool In(QuestionBank bank, IReadOnlyDictionary<string, int?> scores) =>
        bank.InTheme(Trio.TrioAgenda.SignalTheme)
            .Any(q => q.Direction == ScoreDirection.HigherIsWorse && scores.TryGetValue(q.Id, out var score) && score > PulseScale.Lowest);
}
