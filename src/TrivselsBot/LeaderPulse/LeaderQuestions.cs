using System.Text.Json;
using TrivselsBot.CheckIns.Questions;

namespace TrivselsBot.LeaderPulse;

/// <summary>The leaders' own pulse: every question asked every week (there are few, and the trend must rest on the same ones).</summary>
public sealed class LeaderQuestions(IReadOnlyList<Question> questions)
{
    public const int Fewest = 3;
    public const int Most = 8;

    public IReadOnlyList<Question> All { get; } = questions;

    public bool Contains(string id) => All.Any(q => q.Id == id);

    public static LeaderQuestions Load(string path) => Parse(QuestionBankLoader.ReadFile(path, What), path);

    internal static LeaderQuestions Parse(string json, string origin) => QuestionBankLoader.Parse(json, What, origin, Read);

    private const string What = "leader questions";

    private static LeaderQuestions? Read(JsonElement root, List<string> problems)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            problems.Add("the file must hold one JSON object with \"questions\".");
            return null;
        }
        var questions = new List<Question>();
        var listed = 0;
        foreach (var (element, where) in QuestionBankLoader.Items(root, "questions", problems))
        {
            listed++;
            var fields = new QuestionBankLoader.Fields(element, where, problems);
            var id = fields.Id();
            var direction = fields.Direction();
            var da = fields.Text("da");
            var en = fields.Text("en");
            var source = fields.Text("source");
            if (id is null || direction is null || da is null || en is null || source is null) continue;
            if (questions.Any(q => q.Id == id)) problems.Add($"{where}: the question id \"{id}\" is used twice.");
            else questions.Add(new Question(id, direction.Value, da, en, source));
        }
        if (listed is < Fewest or > Most)
        {
            problems.Add($"there are {listed} questions; there must be {Fewest} to {Most}, all asked every week.");
        }
        return problems.Count > 0 ? null : new LeaderQuestions(questions);
    }
}
