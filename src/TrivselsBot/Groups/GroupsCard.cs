using System.Globalization;
using System.Text.Json.Nodes;
using TrivselsBot.BotConnector;
using TrivselsBot.Cards;
using TrivselsBot.Localization;
using TrivselsBot.Summaries;

namespace TrivselsBot.Groups;

/// <summary>The card to name the team's groups and choose their members, and the card a leader sees of them.</summary>
public static class GroupsCard
{
    public const string Action = "groups.save";

    public static string NameInput(int slot) => "group" + slot.ToString(CultureInfo.InvariantCulture) + "_name";

    public static string MembersInput(int slot) => "group" + slot.ToString(CultureInfo.InvariantCulture) + "_members";

    public static AdaptiveCard Build(Language language, IReadOnlyList<TeamsChannelAccount> roster, IReadOnlyList<TeamGroup> current, int k)
    {
        var t = GroupTexts.For(language);
        var choices = roster.OrderBy(m => m.Name).Select(m => new Choice(m.Name ?? m.AadObjectId!, m.AadObjectId!)).ToList();
        var slots = Enumerable.Range(1, TeamGroup.MaximumGroups).SelectMany(slot =>
        {
            var group = slot <= current.Count ? current[slot - 1] : null;
            return new CardElement[]
            {
                new TextInput(NameInput(slot)) { Label = t.NameLabel(slot), Placeholder = t.NamePlaceholder, MaxLength = TeamGroup.MaximumNameLength, Value = group?.Name, Separator = true },
                new ChoiceSetInput(MembersInput(slot), choices)
                {
                    Label = t.MembersLabel, IsMultiSelect = true,
                    Value = group is null ? null : string.Join(',', group.Members),
                },
            };
        });
        return new AdaptiveCard(
        [
            new TextBlock(t.CardTitle) { Size = TextSize.Large, Weight = TextWeight.Bolder },
            new TextBlock(t.CardIntro(k)),
            .. slots,
        ],
        [new SubmitAction(t.Save, new JsonObject { ["action"] = Action }) { Style = "positive" }]);
    }

    /// <summary>Each group's answers and anchor score in the week, already through <see cref="GroupSuppression"/>.</summary>
    public static AdaptiveCard Summary(Language language, CheckIns.PulsePeriod week, IReadOnlyList<GroupFigure> groups)
    {
        var t = GroupTexts.For(language);
        return new AdaptiveCard(
        [
            new TextBlock(t.SummaryTitle(week.Week)) { Size = TextSize.Medium, Weight = TextWeight.Bolder },
            new FactSet([.. groups.Select(g => new Fact(g.Name, Describe(t, g)))]),
            new TextBlock(t.SummaryHowToRead) { IsSubtle = true, Size = TextSize.Small },
        ]);
    }

    private static string Describe(GroupTexts t, GroupFigure group) =>
        group.Respondents.Value is { } answered && group.Anchor.Value is { } anchor
            ? $"{t.Answered((int)answered)} · {t.Anchor} {(int)Math.Round(anchor, MidpointRounding.AwayFromZero)}"
            : t.TooFewAnswers;
}
