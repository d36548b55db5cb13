using System.Text.Json.Nodes;
using TrivselsBot.CheckIns.Questions;

namespace TrivselsBot.Tests.CheckIns;

internal static class TestBanks
{
    /// <summary>Where the build puts the bank the product ships.</summary>
    public static string ShippedPath { get; } = Path.Combine(AppContext.BaseDirectory, "CheckIns", "Questions", "question-bank.json");

    public static QuestionBank Shipped { get; } = QuestionBankLoader.Load(ShippedPath);

    public static QuestionBank Parse(JsonNode json) => QuestionBankLoader.Parse(json.ToJsonString(), "test-bank.json");

    /// <summary>A bank that passes every check: 8 themes "t1".."t8", 3 questions each ("t1-1".."t8-3").</summary>
    public static JsonObject ValidJson()
    {
        var themes = new JsonArray();
        var questions = new JsonArray();
        for (var t = 1; t <= 8; t++)
        {
            themes.Add(new JsonObject { ["id"] = $"t{t}", ["da"] = $"Tema {t}", ["en"] = $"Theme {t}" });
            for (var q = 1; q <= 3; q++)
            {
                questions.Add(new JsonObject
                {
                    ["id"] = $"t{t}-{q}",
                    ["theme"] = $"t{t}",
                    ["weight"] = q == 1 ? "belastning" : "ressource",
                    ["direction"] = q == 1 ? "higherIsWorse" : "higherIsBetter",
                    ["da"] = $"I hvilken grad … {t}.{q}?",
                    ["en"] = $"To what extent … {t}.{q}?",
                    ["source"] = "004 Den gode Arbejdsplads",
                });
            }
        }
        return new JsonObject
        {
            ["anchor"] = new JsonObject
            {
                ["id"] = "anchor",
                ["direction"] = "higherIsBetter",
                ["da"] = "I hvilken grad har du haft det godt på arbejdet i denne uge?",
                ["en"] = "To what extent have you felt good at work this week?",
                ["source"] = "000 og 003: svarskalaen",
            },
            ["themes"] = themes,
            ["questions"] = questions,
        };
    }
}
