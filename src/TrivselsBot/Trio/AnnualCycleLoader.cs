using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace TrivselsBot.Trio;

/// <summary>
/// Reads the årshjul an organisation may edit, and refuses to start on one the agenda cannot use, naming every problem
/// at once so one round of fixes is enough.
/// </summary>
public static partial class AnnualCycleLoader
{
    public static AnnualCycle Load(string path)
    {
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException($"Cannot read the årshjul at {path}: {e.Message}", e);
        }
        return Parse(json, path);
    }

    internal static AnnualCycle Parse(string json, string origin)
    {
        var problems = new List<string>();
        var items = new List<AnnualItem>();
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true });
            if (document.RootElement.ValueKind != JsonValueKind.Object ||
                !document.RootElement.TryGetProperty("items", out var list) || list.ValueKind != JsonValueKind.Array)
            {
                problems.Add("the file must hold one JSON object with an \"items\" list.");
            }
            else
            {
                var index = 0;
                foreach (var element in list.EnumerateArray()) Read(element, $"items[{index++}]", items, problems);
                if (items.Count == 0 && problems.Count == 0) problems.Add("\"items\" is empty.");
            }
        }
        catch (JsonException e)
        {
            problems.Add($"it is not valid JSON: {e.Message}");
        }
        if (problems.Count > 0)
        {
            throw new InvalidOperationException($"The årshjul at {origin} cannot be used ({problems.Count} problem{(problems.Count == 1 ? "" : "s")}):"
                + string.Concat(problems.Select(p => Environment.NewLine + "- " + p)));
        }
        return new AnnualCycle(items);
    }

    private static void Read(JsonElement element, string where, List<AnnualItem> items, List<string> problems)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"{where} is not an object.");
            return;
        }
        string? Text(string name)
        {
            if (element.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(p.GetString())) return p.GetString()!.Trim();
            problems.Add($"{where}: \"{name}\" is missing or empty.");
            return null;
        }
        var before = problems.Count;
        var id = Text("id");
        if (id is not null && !IdPattern().IsMatch(id)) problems.Add($"{where}: the id \"{id}\" may only hold lowercase letters a-z, digits and single hyphens.");
        if (id is not null && items.Any(i => i.Id == id)) problems.Add($"{where}: the id \"{id}\" is used twice.");
        var da = Text("da");
        var en = Text("en");
        var source = Text("source");

        var hasYearly = element.TryGetProperty("yearly", out var yearly);
        var hasEvery = element.TryGetProperty("everyYears", out var every);
        (int Month, int Day)? start = null, until = null;
        int? years = null;
        if (hasYearly == hasEvery)
        {
            problems.Add($"{where}: give either \"yearly\" (\"MM-dd\") or \"everyYears\" (a whole number of years), not both or neither.");
        }
        else if (hasYearly)
        {
            start = MonthDay(yearly, where, "yearly", problems);
            if (element.TryGetProperty("until", out var end)) until = MonthDay(end, where, "until", problems);
        }
        else if (every.ValueKind != JsonValueKind.Number || !every.TryGetInt32(out var n) || n is < 1 or > 10)
        {
            problems.Add($"{where}: \"everyYears\" must be a whole number from 1 to 10.");
        }
        else
        {
            years = n;
            if (element.TryGetProperty("until", out _)) problems.Add($"{where}: \"until\" belongs only to a \"yearly\" item.");
        }
        if (problems.Count > before) return;
        items.Add(new AnnualItem(id!, da!, en!, source!, start?.Month, start?.Day, until?.Month, until?.Day, years));
    }

    private static (int, int)? MonthDay(JsonElement value, string where, string name, List<string> problems)
    {
        // 2000 is a leap year, so "02-29" is accepted and falls on 28 February in other years.
        if (value.ValueKind == JsonValueKind.String &&
            DateOnly.TryParseExact("2000-" + value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return (date.Month, date.Day);
        }
        problems.Add($"{where}: \"{name}\" must be a date in the year as \"MM-dd\", e.g. \"03-01\".");
        return null;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();
}
