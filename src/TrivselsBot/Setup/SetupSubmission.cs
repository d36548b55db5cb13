using System.Globalization;
using System.Text.Json;
using TrivselsBot.BotConnector;
using TrivselsBot.Localization;

namespace TrivselsBot.Setup;

/// <summary>Reads the setup card's inputs (all strings, as Teams sends them) into a setup, or says what is wrong.</summary>
public static class SetupSubmission
{
    public static (TeamSetup? Setup, string? Problem) Read(JsonElement value, TeamSetup current, IReadOnlyList<TeamsChannelAccount> roster, Language language)
    {
        var t = SetupTexts.For(language);
        var byAad = roster.ToDictionary(m => m.AadObjectId!, StringComparer.OrdinalIgnoreCase);
        var leaderIds = Text(value, "leaders")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
        if (leaderIds.Length == 0 || leaderIds.Any(id => !byAad.ContainsKey(id))) return (null, t.BadLeaders);
        if (!int.TryParse(Text(value, "day"), NumberStyles.None, CultureInfo.InvariantCulture, out var day) || day is < 0 or > 6) return (null, t.BadDay);
        if (!TimeOnly.TryParseExact(Text(value, "time"), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)) return (null, t.BadTime);
        if (!WholeNumber(Text(value, "reminder"), out var reminder) || reminder is < 1 or > 4) return (null, t.BadReminder);
        if (!WholeNumber(Text(value, "questions"), out var questions) || questions is < 3 or > 5) return (null, t.BadQuestions);
        if (!WholeNumber(Text(value, "k"), out var k) || k is < 3 or > 50) return (null, t.BadMinimumGroup);

        return (current with
        {
            Leaders = leaderIds.Distinct(StringComparer.OrdinalIgnoreCase).Select(id => new TeamLeader(byAad[id].AadObjectId!, byAad[id].Name ?? "")).ToList(),
            PulseDay = (DayOfWeek)day,
            PulseTime = time,
            ReminderWorkingDays = reminder,
            QuestionsPerPulse = questions,
            Language = Text(value, "language") == "en" ? Language.English : Language.Danish,
            MinimumGroupSize = k,
            SendSummaryToLeaders = Text(value, "summary") != "no",
        }, null);
    }

    private static string? Text(JsonElement value, string name) =>
        value.TryGetProperty(name, out var p) ? p.ValueKind switch
        {
            JsonValueKind.String => p.GetString(),
            JsonValueKind.Number => p.GetRawText(),
            _ => null,
        } : null;

    /// <summary>Input.Number may send "2" or "2.0"; anything else is refused.</summary>
    private static bool WholeNumber(string? text, out int number)
    {
        number = 0;
        if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d) || d != decimal.Truncate(d) || d > 1000) return false;
        number = (int)d;
        return true;
    }
}
