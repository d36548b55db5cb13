using TrivselsBot.LeaderPulse;

namespace TrivselsBot.Tests.LeaderPulse;

public sealed class LeaderQuestionsTests
{
    [Fact]
    public void The_shipped_leader_questions_are_ledervaegtens_four_from_document_002()
    {
        var questions = LeaderPulseSamples.Shipped.All;

        Assert.Equal(["leader-cross-pressure", "leader-recovery", "leader-sparring", "leader-mandate"], questions.Select(q => q.Id));
        Assert.All(questions, q => Assert.StartsWith("002 Ledervægten", q.Source, StringComparison.Ordinal));
        Assert.All(questions, q => Assert.StartsWith("I hvilken grad", q.Da, StringComparison.Ordinal));
    }

    [Fact]
    public void A_broken_file_is_refused_at_start_naming_every_problem()
    {
        const string json = """
            { "questions": [
              { "id": "leader-recovery", "direction": "higherIsBetter", "da": "I hvilken grad …?", "en": "To what extent …?", "source": "002" },
              { "id": "leader-recovery", "direction": "sideways", "da": "I hvilken grad …?", "en": "To what extent …?", "source": "002" }
            ] }
            """;

        var error = Assert.Throws<InvalidOperationException>(() => LeaderQuestions.Parse(json, "leader-questions.json"));

        Assert.Contains("The leader questions at leader-questions.json cannot be used (2 problems)", error.Message, StringComparison.Ordinal);
        Assert.Contains("\"direction\" is \"sideways\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("there are 2 questions; there must be 3 to 8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_stops_the_start_with_its_path()
    {
        var error = Assert.Throws<InvalidOperationException>(() => LeaderQuestions.Load("/nowhere/leader-questions.json"));

        Assert.Contains("Cannot read the leader questions at /nowhere/leader-questions.json", error.Message, StringComparison.Ordinal);
    }
}
