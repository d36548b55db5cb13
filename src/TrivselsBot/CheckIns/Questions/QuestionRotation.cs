namespace TrivselsBot.CheckIns.Questions;

/// <summary>
/// Which questions a pulse asks: the anchor, then one question from each of the next themes in a fixed round.
/// The round continues where last week stopped, so consecutive weeks walk the themes like a clock; with 8 themes and
/// at least 2 rotating questions a week, any 4 consecutive weeks meet every theme. Each time a theme comes up, it asks
/// its next question. Everything follows from the week alone, so every instance picks the same questions.
/// </summary>
public static class QuestionRotation
{
    public const int MinimumQuestionsPerPulse = 3;
    public const int MaximumQuestionsPerPulse = 5;

    /// <summary>A Monday: weeks are counted from here so the round runs on across year ends, 53-week years included.</summary>
    private static readonly DateOnly CountingFrom = new(2000, 1, 3);

    public static IReadOnlyList<Question> Choose(QuestionBank bank, PulsePeriod period, int questionsPerPulse)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(questionsPerPulse, MinimumQuestionsPerPulse);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(questionsPerPulse, MaximumQuestionsPerPulse);

        var rotating = questionsPerPulse - 1;
        var week = (period.FirstDay.DayNumber - CountingFrom.DayNumber) / 7;
        var themeCount = bank.Themes.Count;
        var chosen = new List<Question>(questionsPerPulse) { bank.Anchor };
        for (var slot = 0; slot < rotating; slot++)
        {
            var turn = (long)week * rotating + slot;
            var theme = bank.Themes[(int)FloorMod(turn, themeCount)];
            var timesThemeAskedBefore = FloorDiv(turn, themeCount);
            var questions = bank.InTheme(theme.Id);
            chosen.Add(questions[(int)FloorMod(timesThemeAskedBefore, questions.Count)]);
        }
        return chosen;
    }

    private static long FloorDiv(long a, long b) => (a - FloorMod(a, b)) / b;

    private static long FloorMod(long a, long b) => ((a % b) + b) % b;
}
