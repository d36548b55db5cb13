using System.Text.Json.Nodes;
using TrivselsBot.Cards;
using TrivselsBot.Localization;

namespace TrivselsBot.Summaries;

/// <summary>For someone who may see several teams' summaries: which team. The choice is checked again when it comes back.</summary>
public static class SummaryTeamChoiceCard
{
    public const string Action = "summary.team";
    public const string TeamInput = "team";
    private const int MostAsRadioButtons = 5;

    /// <param name="teams">Title = the team's name, value = its conversation id.</param>
    public static AdaptiveCard Build(Language language, IReadOnlyList<Choice> teams)
    {
        var t = SummaryCommandTexts.For(language);
        return new AdaptiveCard(
        [
            new TextBlock(t.ChooseTeam),
            new ChoiceSetInput(TeamInput, teams)
            {
                Label = t.TeamLabel, IsRequired = true, ErrorMessage = t.ChooseRequired,
                Style = teams.Count <= MostAsRadioButtons ? "expanded" : "compact", Value = teams[0].Value,
            },
        ],
        [new SubmitAction(t.Show, new JsonObject { ["action"] = Action }) { Style = "positive" }]);
    }
}
