using System.Text.Json.Nodes;
using TrivselsBot.CheckIns.Questions;

namespace TrivselsBot.Tests.CheckIns;

public sealed class QuestionBankLoaderTests
{
    [Fact]
    public void A_valid_bank_gives_the_anchor_the_themes_and_each_themes_questions_in_file_order()
    {
        var bank = TestBanks.Parse(TestBanks.ValidJson());

        Assert.Equal("anchor", bank.Anchor.Id);
        Assert.Equal(["t1", "t2", "t3", "t4", "t5", "t6", "t7", "t8"], bank.Themes.Select(t => t.Id));
        Assert.Equal(["t2-1", "t2-2", "t2-3"], bank.InTheme("t2").Select(q => q.Id));
        var first = bank.InTheme("t2")[0];
        Assert.Equal((VaegtenWeight.Belastning, ScoreDirection.HigherIsWorse), (first.Weight, first.Direction));
    }

    [Fact]
    public void Questions_and_the_anchor_are_found_by_id()
    {
        var bank = TestBanks.Parse(TestBanks.ValidJson());

        Assert.Same(bank.Anchor, bank.Get("anchor"));
        Assert.Equal("t3", ((ThemedQuestion)bank.Get("t3-2")).ThemeId);
        Assert.True(bank.Contains("t8-3"));
        Assert.False(bank.Contains("t9-1"));
        Assert.Throws<KeyNotFoundException>(() => bank.Get("t9-1"));
    }

    [Fact]
    public void Load_reads_the_file_at_the_path()
    {
        var path = Path.Combine(Path.GetTempPath(), $"question-bank-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, TestBanks.ValidJson().ToJsonString());
        try
        {
            Assert.Equal(24, QuestionBankLoader.Load(path).Questions.Count);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_missing_file_is_named_in_the_error()
    {
        var path = Path.Combine(Path.GetTempPath(), $"no-such-bank-{Guid.NewGuid():N}.json");

        var error = Assert.Throws<InvalidOperationException>(() => QuestionBankLoader.Load(path));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_json_is_refused()
    {
        var error = Assert.Throws<InvalidOperationException>(() => QuestionBankLoader.Parse("{ \"themes\": [", "bank.json"));

        Assert.Contains("bank.json", error.Message, StringComparison.Ordinal);
        Assert.Contains("not valid JSON", error.Message, StringComparison.Ordinal);
    }

    public static TheoryData<Defect> Defects() =>
    [
        new("a question id used twice", bank => Question(bank, 1)["id"] = "t1-1", "\"t1-1\" is used twice"),
        new("a question in an unknown theme", bank => Question(bank, 0)["theme"] = "t9", "the theme \"t9\" is not one of the themes"),
        new("a question without Danish text", bank => Question(bank, 0).Remove("da"), "questions[0] \"t1-1\": \"da\" is missing or empty"),
        new("a question with empty English text", bank => Question(bank, 0)["en"] = " ", "questions[0] \"t1-1\": \"en\" is missing or empty"),
        new("a question without a source", bank => Question(bank, 0).Remove("source"), "\"source\" is missing or empty"),
        new("a weight that is not on Vægten", bank => Question(bank, 0)["weight"] = "load", "\"weight\" is \"load\"; it must be \"belastning\" or \"ressource\""),
        new("a direction that is not one of the two", bank => Question(bank, 0)["direction"] = "up", "\"direction\" is \"up\"; it must be \"higherIsBetter\" or \"higherIsWorse\""),
        new("an id that cannot be an input id", bank => Question(bank, 0)["id"] = "Workload 1", "the id \"Workload 1\" may only hold"),
        new("a question that is not an object", bank => Questions(bank).Add("t1-4"), "questions[24] is not an object"),
        new("23 questions", bank => Questions(bank).RemoveAt(23), "there are 23 questions; there must be at least 24"),
        new("a theme without questions", bank => MoveQuestions(bank, from: "t8", to: "t1"), "the theme \"t8\" has no questions"),
        new("7 themes", bank => { MoveQuestions(bank, from: "t8", to: "t1"); Themes(bank).RemoveAt(7); }, "there are 7 themes; there must be exactly 8"),
        new("9 themes", bank => Themes(bank).Add(new JsonObject { ["id"] = "t9", ["da"] = "Tema 9", ["en"] = "Theme 9" }), "there are 9 themes"),
        new("a theme id used twice", bank => Themes(bank)[7]!["id"] = "t1", "the theme id \"t1\" is used twice"),
        new("a theme without an English name", bank => Themes(bank)[0]!.AsObject().Remove("en"), "themes[0] \"t1\": \"en\" is missing or empty"),
        new("no anchor", bank => bank.Remove("anchor"), "\"anchor\" (the question asked every week) is missing"),
        new("an anchor without a direction", bank => bank["anchor"]!.AsObject().Remove("direction"), "anchor: \"direction\" is missing or empty"),
        new("the anchor's id reused by a question", bank => Question(bank, 0)["id"] = "anchor", "the anchor's id \"anchor\" is also used by a question"),
        new("no question list", bank => bank.Remove("questions"), "\"questions\" is missing or not a list"),
    ];

    [Theory]
    [MemberData(nameof(Defects))]
    public void A_defective_bank_is_refused_with_a_message_naming_the_problem(Defect defect)
    {
        var json = TestBanks.ValidJson();
        defect.Apply(json);

        var error = Assert.Throws<InvalidOperationException>(() => TestBanks.Parse(json));

        Assert.Contains("test-bank.json", error.Message, StringComparison.Ordinal);
        Assert.Contains(defect.Expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_is_listed_at_once()
    {
        var json = TestBanks.ValidJson();
        Question(json, 0)["theme"] = "t9";
        Question(json, 1)["weight"] = "tung";
        Themes(json)[2]!.AsObject().Remove("da");

        var error = Assert.Throws<InvalidOperationException>(() => TestBanks.Parse(json));

        Assert.Contains("\"t9\" is not one of the themes", error.Message, StringComparison.Ordinal);
        Assert.Contains("\"weight\" is \"tung\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("themes[2] \"t3\": \"da\" is missing", error.Message, StringComparison.Ordinal);
        Assert.Contains("(3 problems)", error.Message, StringComparison.Ordinal);
    }

    public sealed record Defect(string Description, Action<JsonObject> Apply, string Expected)
    {
        public override string ToString() => Description;
    }

    private static JsonArray Questions(JsonObject bank) => bank["questions"]!.AsArray();

    private static JsonArray Themes(JsonObject bank) => bank["themes"]!.AsArray();

    private static JsonObject Question(JsonObject bank, int index) => Questions(bank)[index]!.AsObject();

    private static void MoveQuestions(JsonObject bank, string from, string to)
    {
        foreach (var question in Questions(bank).Select(q => q!.AsObject()).Where(q => (string?)q["theme"] == from)) question["theme"] = to;
    }
}
