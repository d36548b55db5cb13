using System.Text.Json;
using System.Text.RegularExpressions;

namespace TrivselsBot.CheckIns.Questions;

/// <summary>
/// Reads the question bank an organisation may edit, and refuses to start on a bank the rotation or the cards cannot
/// use, naming every problem at once so one round of fixes is enough.
/// </summary>
public static partial class QuestionBankLoader
{
    /// <summary>Anchor + 2 rotating questions × 4 weeks: the smallest pulse still meets every theme in 4 weeks.</summary>
    public const int RequiredThemeCount = 8;

    public const int MinimumQuestionCount = 24;

    public static QuestionBank Load(string path) => Parse(ReadFile(path, "question bank"), path);

    internal static string ReadFile(string path, string what)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException($"Cannot read the {what} at {path}: {e.Message}", e);
        }
    }

    internal static QuestionBank Parse(string json, string origin) => Parse(json, "question bank", origin, Read);

    /// <summary>Reads a file of questions with <paramref name="read"/>, which returns null with the problems noted unless all is valid.</summary>
    internal static T Parse<T>(string json, string what, string origin, Func<JsonElement, List<string>, T?> read) where T : class
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw Invalid(what, origin, [$"it is not valid JSON: {e.Message}"]);
        }
        using (document)
        {
            var problems = new List<string>();
            return read(document.RootElement, problems) ?? throw Invalid(what, origin, problems);
        }
    }

    /// <summary>Null, with the problems noted, unless the bank is entirely valid.</summary>
    private static QuestionBank? Read(JsonElement root, List<string> problems)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            problems.Add("the file must hold one JSON object with \"anchor\", \"themes\" and \"questions\".");
            return null;
        }
        var themes = ReadThemes(root, problems);
        var anchor = ReadAnchor(root, problems);
        var questions = ReadQuestions(root, themes, problems);
        if (anchor is not null && questions.Any(q => q.Id == anchor.Id))
        {
            problems.Add($"the anchor's id \"{anchor.Id}\" is also used by a question.");
        }
        return anchor is null || problems.Count > 0 ? null : new QuestionBank(anchor, themes, questions);
    }

    private static List<Theme> ReadThemes(JsonElement root, List<string> problems)
    {
        var themes = new List<Theme>();
        foreach (var (element, where) in Items(root, "themes", problems))
        {
            var fields = new Fields(element, where, problems);
            var id = fields.Id();
            var da = fields.Text("da");
            var en = fields.Text("en");
            if (id is null) continue;
            // A theme missing a name is already a problem; keeping it spares its questions a misleading "unknown theme".
            if (themes.Any(t => t.Id == id)) problems.Add($"{where}: the theme id \"{id}\" is used twice.");
            else themes.Add(new Theme(id, da ?? "", en ?? ""));
        }
        if (themes.Count != RequiredThemeCount)
        {
            problems.Add($"there are {themes.Count} themes; there must be exactly {RequiredThemeCount}, so that a pulse of 3 questions covers every theme in 4 weeks.");
        }
        return themes;
    }

    private static Question? ReadAnchor(JsonElement root, List<string> problems)
    {
        if (!root.TryGetProperty("anchor", out var element) || element.ValueKind != JsonValueKind.Object)
        {
            problems.Add("\"anchor\" (the question asked every week) is missing or not an object.");
            return null;
        }
        var fields = new Fields(element, "anchor", problems);
        var id = fields.Id();
        var direction = fields.Direction();
        var da = fields.Text("da");
        var en = fields.Text("en");
        var source = fields.Text("source");
        return id is null || direction is null || da is null || en is null || source is null
            ? null
            : new Question(id, direction.Value, da, en, source);
    }

    private static List<ThemedQuestion> ReadQuestions(JsonElement root, List<Theme> themes, List<string> problems)
    {
        var questions = new List<ThemedQuestion>();
        // Counted even when malformed, so one typo gives one message, not also "too few questions" or "empty theme".
        var listed = 0;
        var themesUsed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (element, where) in Items(root, "questions", problems))
        {
            listed++;
            var fields = new Fields(element, where, problems);
            var id = fields.Id();
            var themeId = fields.Text("theme");
            var weight = fields.Weight();
            var direction = fields.Direction();
            var da = fields.Text("da");
            var en = fields.Text("en");
            var source = fields.Text("source");
            if (themeId is not null && themes.All(t => t.Id != themeId))
            {
                problems.Add($"{where}: the theme \"{themeId}\" is not one of the themes.");
                continue;
            }
            if (themeId is not null) themesUsed.Add(themeId);
            if (id is null || themeId is null || weight is null || direction is null || da is null || en is null || source is null) continue;
            if (questions.Any(q => q.Id == id)) problems.Add($"{where}: the question id \"{id}\" is used twice.");
            else questions.Add(new ThemedQuestion(id, themeId, weight.Value, direction.Value, da, en, source));
        }
        if (listed < MinimumQuestionCount)
        {
            problems.Add($"there are {listed} questions; there must be at least {MinimumQuestionCount}.");
        }
        foreach (var theme in themes.Where(t => !themesUsed.Contains(t.Id)))
        {
            problems.Add($"the theme \"{theme.Id}\" has no questions.");
        }
        return questions;
    }

    internal static IEnumerable<(JsonElement Element, string Where)> Items(JsonElement root, string property, List<string> problems)
    {
        if (!root.TryGetProperty(property, out var array) || array.ValueKind != JsonValueKind.Array)
        {
            problems.Add($"\"{property}\" is missing or not a list.");
            yield break;
        }
        var index = 0;
        foreach (var element in array.EnumerateArray())
        {
            var where = $"{property}[{index++}]";
            if (element.ValueKind != JsonValueKind.Object) problems.Add($"{where} is not an object.");
            else yield return (element, element.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String ? $"{where} \"{id.GetString()}\"" : where);
        }
    }

    private static InvalidOperationException Invalid(string what, string origin, List<string> problems) =>
        new($"The {what} at {origin} cannot be used ({problems.Count} problem{(problems.Count == 1 ? "" : "s")}):"
            + string.Concat(problems.Select(p => Environment.NewLine + "- " + p)));

    /// <summary>Reads one object's fields, noting every missing or malformed one.</summary>
    internal sealed class Fields(JsonElement element, string where, List<string> problems)
    {
        private static readonly Dictionary<string, VaegtenWeight> Weights = new(StringComparer.Ordinal)
        {
            ["belastning"] = VaegtenWeight.Belastning,
            ["ressource"] = VaegtenWeight.Ressource,
        };

        private static readonly Dictionary<string, ScoreDirection> Directions = new(StringComparer.Ordinal)
        {
            ["higherIsBetter"] = ScoreDirection.HigherIsBetter,
            ["higherIsWorse"] = ScoreDirection.HigherIsWorse,
        };

        public string? Id()
        {
            var id = Text("id");
            if (id is null || IdPattern().IsMatch(id)) return id;
            problems.Add($"{where}: the id \"{id}\" may only hold lowercase letters a-z, digits and single hyphens, e.g. \"workload-1\".");
            return null;
        }

        public string? Text(string property)
        {
            if (element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String &&
                !string.IsNullOrWhiteSpace(value.GetString()))
            {
                return value.GetString()!.Trim();
            }
            problems.Add($"{where}: \"{property}\" is missing or empty.");
            return null;
        }

        public VaegtenWeight? Weight() => Choice("weight", Weights);

        public ScoreDirection? Direction() => Choice("direction", Directions);

        private T? Choice<T>(string property, Dictionary<string, T> allowed) where T : struct, Enum
        {
            var text = Text(property);
            if (text is null) return null;
            if (allowed.TryGetValue(text, out var value)) return value;
            problems.Add($"{where}: \"{property}\" is \"{text}\"; it must be {string.Join(" or ", allowed.Keys.Select(k => $"\"{k}\""))}.");
            return null;
        }
    }

    /// <summary>Ids become card input ids (q_&lt;id&gt;) and travel in the signed ticket: keep them plain.</summary>
    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();
}
