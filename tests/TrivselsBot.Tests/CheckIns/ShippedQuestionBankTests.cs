using TrivselsBot.CheckIns.Questions;

namespace TrivselsBot.Tests.CheckIns;

/// <summary>The bank the product ships: what the brief and the source documents ask of its content.</summary>
public sealed class ShippedQuestionBankTests
{
    private static readonly QuestionBank Bank = TestBanks.Shipped;

    [Fact]
    public void The_build_puts_the_bank_next_to_the_program() => Assert.True(File.Exists(TestBanks.ShippedPath));

    [Fact]
    public void It_has_eight_themes_and_at_least_24_questions_with_at_least_3_per_theme()
    {
        Assert.Equal(8, Bank.Themes.Count);
        Assert.True(Bank.Questions.Count >= 24, $"{Bank.Questions.Count} questions");
        Assert.All(Bank.Themes, theme => Assert.True(Bank.InTheme(theme.Id).Count >= 3, $"{theme.Id} has {Bank.InTheme(theme.Id).Count}"));
    }

    [Fact]
    public void The_anchor_asks_how_good_the_week_at_work_has_been()
    {
        Assert.Equal("Hvordan har du det på arbejdet i denne uge? I hvilken grad har du haft det godt?", Bank.Anchor.Da);
        Assert.Equal(ScoreDirection.HigherIsBetter, Bank.Anchor.Direction);
    }

    [Fact]
    public void Every_question_reads_naturally_with_the_agreement_scale_in_both_languages()
    {
        Assert.All(Bank.Questions.Prepend<Question>(Bank.Anchor), q =>
        {
            Assert.StartsWith("I hvilken grad ", AnsweredSentence(q.Da), StringComparison.Ordinal);
            Assert.StartsWith("To what extent ", AnsweredSentence(q.En), StringComparison.Ordinal);
            Assert.EndsWith("?", q.Da, StringComparison.Ordinal);
            Assert.EndsWith("?", q.En, StringComparison.Ordinal);
        });
    }

    /// <summary>The sentence the scale answers: the last one (the anchor opens with a plain "Hvordan har du det …?").</summary>
    private static string AnsweredSentence(string text) => text[(text.LastIndexOf("? ", StringComparison.Ordinal) + 1)..].TrimStart();

    [Fact]
    public void Every_question_names_the_source_document_it_rests_on()
    {
        Assert.All(Bank.Questions.Prepend<Question>(Bank.Anchor), q => Assert.Matches(@"^00[0-4]\b", q.Source));
    }

    [Fact]
    public void It_measures_both_sides_of_Vaegten_and_reads_scores_both_ways()
    {
        Assert.Contains(Bank.Questions, q => q.Weight == VaegtenWeight.Belastning && q.Direction == ScoreDirection.HigherIsWorse);
        Assert.Contains(Bank.Questions, q => q.Weight == VaegtenWeight.Ressource && q.Direction == ScoreDirection.HigherIsBetter);
    }

    [Theory]
    [InlineData("vold", "violence-and-tone")]
    [InlineData("omgangstone", "violence-and-tone")]
    [InlineData("fejl, tvivl og dilemmaer", "safety-recovery-development")]
    [InlineData("pauser", "safety-recovery-development")]
    [InlineData("faglig sparring", "safety-recovery-development")]
    [InlineData("retfærdigt", "recognition-and-fairness")]
    [InlineData("stole på", "recognition-and-fairness")]
    [InlineData("følelsesmæssigt belastende", "emotional-demands")]
    [InlineData("udført godt nok", "workload")]
    public void The_topics_the_documents_stress_are_asked_about_under_their_theme(string words, string themeId)
    {
        Assert.Contains(Bank.InTheme(themeId), q => q.Da.Contains(words, StringComparison.Ordinal));
    }
}
