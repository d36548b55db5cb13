using System.Globalization;
using System.Text.Json.Nodes;
using TrivselsBot.BotConnector;
using TrivselsBot.Cards;
using TrivselsBot.Localization;

namespace TrivselsBot.Setup;

public static class SetupCard
{
    public const string Action = "setup.save";

    public static AdaptiveCard Build(Language language, IReadOnlyList<TeamsChannelAccount> roster, TeamSetup current)
    {
        var t = SetupTexts.For(language);
        var days = new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday };
        return new AdaptiveCard(
        [
            new TextBlock(t.CardTitle) { Size = TextSize.Large, Weight = TextWeight.Bolder },
            new TextBlock(t.CardIntro),
            new ChoiceSetInput("leaders", roster.OrderBy(m => m.Name).Select(m => new Choice(m.Name ?? m.AadObjectId!, m.AadObjectId!)).ToList())
            {
                Label = t.LeadersLabel, IsMultiSelect = true, IsRequired = true, ErrorMessage = t.Required,
                Value = current.Leaders.Count > 0 ? string.Join(',', current.Leaders.Select(l => l.AadObjectId)) : null,
            },
            new ChoiceSetInput("day", days.Select(d => new Choice(t.DayNames[(int)d], ((int)d).ToString(CultureInfo.InvariantCulture))).ToList())
            {
                Label = t.DayLabel, IsRequired = true, ErrorMessage = t.Required, Value = ((int)current.PulseDay).ToString(CultureInfo.InvariantCulture),
            },
            new TimeInput("time") { Label = t.TimeLabel, IsRequired = true, ErrorMessage = t.Required, Value = current.PulseTime.ToString("HH:mm", CultureInfo.InvariantCulture) },
            new NumberInput("reminder") { Label = t.ReminderLabel, Min = 1, Max = 4, Value = current.ReminderWorkingDays, IsRequired = true, ErrorMessage = t.BadReminder },
            new ChoiceSetInput("questions", [new("3", "3"), new("4", "4"), new("5", "5")])
            {
                Label = t.QuestionsLabel, IsRequired = true, ErrorMessage = t.Required, Value = current.QuestionsPerPulse.ToString(CultureInfo.InvariantCulture),
            },
            new ChoiceSetInput("language", [new("Dansk", "da"), new("English", "en")])
            {
                Label = t.LanguageLabel, IsRequired = true, ErrorMessage = t.Required, Value = current.Language == Language.English ? "en" : "da",
            },
            new NumberInput("k") { Label = t.MinimumGroupLabel, Min = 3, Max = 50, Value = current.MinimumGroupSize, IsRequired = true, ErrorMessage = t.BadMinimumGroup },
            new TextBlock(t.MinimumGroupHint) { IsSubtle = true, Spacing = Spacing.None, Size = TextSize.Small },
            new ChoiceSetInput("summary", [new(t.Yes, "yes"), new(t.No, "no")])
            {
                Label = t.SummaryLabel, IsRequired = true, ErrorMessage = t.Required, Value = current.SendSummaryToLeaders ? "yes" : "no",
            },
        ],
        [new SubmitAction(t.Save, new JsonObject { ["action"] = Action }) { Style = "positive" }]);
    }

    public static AdaptiveCard Saved(Language language, TeamSetup setup, DateTimeOffset? nextPulse) =>
        Summary(language, SetupTexts.For(language).SavedTitle, setup, nextPulse, extra: []);

    public static AdaptiveCard Summary(Language language, string title, TeamSetup setup, DateTimeOffset? nextPulse, IReadOnlyList<Fact> extra)
    {
        var t = SetupTexts.For(language);
        var culture = CultureInfo.GetCultureInfo(language == Language.English ? "en-GB" : "da-DK");
        var next = nextPulse is { } at
            ? Scheduling.Copenhagen.LocalTime(at).ToString("dddd d. MMMM 'kl.' HH:mm", culture)
            : t.NotScheduled;
        var facts = new List<Fact>
        {
            new(t.Leaders, string.Join(", ", setup.Leaders.Select(l => l.Name))),
            new(t.Schedule, $"{t.DayNames[(int)setup.PulseDay]} {setup.PulseTime:HH\\:mm}"),
            new(t.NextPulse, next),
            new(t.Reminder, t.WorkingDays(setup.ReminderWorkingDays)),
            new(t.Questions, setup.QuestionsPerPulse.ToString(CultureInfo.InvariantCulture)),
            new(t.MinimumGroup, setup.MinimumGroupSize.ToString(CultureInfo.InvariantCulture)),
        };
        facts.AddRange(extra);
        return new AdaptiveCard([new TextBlock(title) { Size = TextSize.Large, Weight = TextWeight.Bolder }, new FactSet(facts)]);
    }
}
