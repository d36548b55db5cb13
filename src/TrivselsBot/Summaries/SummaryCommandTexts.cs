using TrivselsBot.Localization;

namespace TrivselsBot.Summaries;

public sealed record SummaryCommandTexts(
    string Description, string OnlyInPrivate, string NotALeader, string YourTeam,
    string ChooseTeam, string TeamLabel, string ChooseRequired, string Show, Func<string, string> NoTeamNamed, string NotThatTeam)
{
    public static SummaryCommandTexts For(Language language) => language == Language.English ? English : Danish;

    public static SummaryCommandTexts Danish { get; } = new(
        "Teamets trivsel de seneste uger (kun for teamets leder og TRIO). Tal vises kun, når nok har svaret.",
        "Skriv **resumé** til mig i en privat chat – så bliver teamets tal ikke vist her.",
        "Resuméet er kun for teamets leder og TRIO. Spørg din leder, hvad svarene viser – eller se det, TRIO'en deler.",
        "dit team",
        "Du kan se resuméet for flere teams. Hvilket vil du se? (Du kan også skrive **resumé** og en del af teamets navn.)",
        "Team",
        "Vælg et team.",
        "Vis resumé",
        part => $"Ingen af dine teams har »{part}« i navnet.",
        "Resuméet for det team kan jeg ikke vise dig. Skriv **resumé** for at se de teams, du kan vælge imellem.");

    public static SummaryCommandTexts English { get; } = new(
        "The team's wellbeing over recent weeks (team leaders and the TRIO only). Figures only show when enough have answered.",
        "Write **summary** to me in a private chat, so the team's figures are not shown here.",
        "The summary is for the team's leader and TRIO only. Ask your leader what the answers show – or see what the TRIO shares.",
        "your team",
        "You can see the summary of several teams. Which one would you like? (You can also write **summary** and part of the team's name.)",
        "Team",
        "Choose a team.",
        "Show summary",
        part => $"None of your teams has “{part}” in its name.",
        "I can't show you the summary of that team. Write **summary** to see the teams you can choose from.");
}
