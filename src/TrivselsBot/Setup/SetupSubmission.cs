using System.Globalization;
using System.Text.Json;
using TrivselsBot.BotConnector;
using TrivselsBot.Cards;
using TrivselsBot.Localization;

namespace TrivselsBot.Setup;

/// <summary>Reads the setup card's inputs (all strings, as Teams sends them) into a setup, or says what is wrong.</summary>
public static class SetupSubmission
{
    public static (TeamSetup? Setup, string? Problem) Read(JsonElement value, TeamSetup current, IReadOnlyList<TeamsChannelAccount> roster, Language language)
    {
        var t = SetupTexts.For(language);
        var byAad = roster.ToDictionary(m => m.AadObjectId!, StringComparer.OrdinalIgnoreCase);
        var leaderIds = CardInput.Text(value, "leaders")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
        if (leaderIds.Length == 0 || leaderIds.Any(id => !byAad.ContainsKey(id))) return (null, t.BadLeaders);
        if (!int.TryParse(CardInput.Text(value, "day"), NumberStyles.None, CultureInfo.InvariantCulture, out var day) || day is < 0 or > 6) return (null, t.BadDay);
        if (!TimeOnly.TryParseExact(CardInput.Text(value, "time"), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)) return (null, t.BadTime);
        if (!CardInput.WholeNumber(CardInput.Text(value, "reminder"), out var reminder) || reminder is < 1 or > 4) return (null, t.BadReminder);
        if (!CardInput.WholeNumber(CardInput.Text(value, "questions"), out var questions) || questions is < 3 or > 5) return (null, t.BadQuestions);
        if (!CardInput.WholeNumber(CardInput.Text(value, "k"), out var k) || k is < 3 or > 50) return (null, t.BadMinimumGroup);

        return (current with
        {
            Leaders = leaderIds.Distinct(StringComparer.OrdinalIgnoreCase).Select(id => new TeamLeader(byAad[id].AadObjectId!, byAad[id].Name ?? "")).ToList(),
            PulseDay = (DayOfWeek)day,
            PulseTime = time,
            ReminderWorkingDays = reminder,
            QuestionsPerPulse = questions,
            Language = CardInput.Text(value, "language") == "en" ? Language.English : Language.Danish,
            MinimumGroupSize = k,
            SendSummaryToLeaders = CardInput.Text(value, "summary") != "no",
        }, null);
    }
}
