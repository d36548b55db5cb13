using TrivselsBot.Summaries;

namespace TrivselsBot.Tests.Summaries;

public sealed class DialogueQuestionsTests
{
    [Fact]
    public void Every_theme_of_the_shipped_bank_has_two_questions_of_its_own_in_Danish_and_English_with_a_source()
    {
        foreach (var theme in SampleHistory.Bank.Themes)
        {
            var questions = DialogueQuestions.For(theme.Id);

            Assert.Equal(2, questions.Count);
            Assert.NotEqual(DialogueQuestions.Vaegten, questions);
            Assert.All(questions, q =>
            {
                Assert.EndsWith("?", q.Da, StringComparison.Ordinal);
                Assert.EndsWith("?", q.En, StringComparison.Ordinal);
                Assert.Matches("^00[0-4]", q.Source);
            });
        }
    }

    [Fact]
    public void A_theme_an_organisation_added_gets_the_two_guiding_questions_of_Vaegten()
    {
        Assert.Equal(["Hvilke belastninger kan lettes?", "Hvilke ressourcer kan der skrues op for?"], DialogueQuestions.For("our-own-theme").Select(q => q.Da));
    }
}
