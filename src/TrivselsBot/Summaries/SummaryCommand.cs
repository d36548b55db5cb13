using TrivselsBot.Chat;
using TrivselsBot.CheckIns;
using TrivselsBot.CheckIns.Questions;
using TrivselsBot.Localization;
using TrivselsBot.Organisation;
using TrivselsBot.Setup;

namespace TrivselsBot.Summaries;

/// <summary>
/// "resumé" / "summary" in a 1:1 chat: the summary card of every team the person leads, never a figure under k.
/// Asked in a channel, it points to the private chat so the team's numbers are not posted there.
/// Every request is written to the audit table, also the refused ones. "resumé organisation" is the organisation roll-up.
/// </summary>
public sealed class SummaryCommand(
    TeamSetupStore setups,
    AggregateStore aggregates,
    QuestionBank bank,
    AnswerStore answers,
    SummaryAudit audit,
    SummaryViewers viewers,
    Groups.GroupSummaries groups,
    OrganisationSummaryRequest organisation,
    TimeProvider time) : IBotCommand
{
    private const int MostTeamsShown = 5;

    public string Word(Language language) => language == Language.English ? "summary" : "resumé";

    public string Description(Language language) => SummaryCommandTexts.For(language).Description;

    public async Task ExecuteAsync(Turn turn, string arguments, CancellationToken ct)
    {
        if (OrganisationSummaryRequest.Asks(arguments))
        {
            await organisation.ExecuteAsync(turn, ct);
            return;
        }
        var t = SummaryCommandTexts.For(turn.Language);
        var activity = turn.Activity;
        var tenant = activity.Conversation?.TenantId ?? activity.ChannelData?.Tenant?.Id;
        var who = activity.From?.AadObjectId;
        if (activity.Conversation?.ConversationType is not (null or "personal"))
        {
            await turn.ReplyAsync(t.OnlyInPrivate, ct);
            return;
        }
        if (tenant is null || who is null)
        {
            await turn.ReplyAsync(t.NotALeader, ct);
            return;
        }

        var led = new List<TeamSetup>();
        await foreach (var setup in setups.AllAsync(ct))
        {
            if (setup.Team.TenantId == tenant && await viewers.MaySeeAsync(setup, who, ct)) led.Add(setup);
        }
        if (led.Count == 0)
        {
            await audit.RecordAsync(tenant, who, "summary", "-", "refused: not a leader of a team they are in", ct);
            await turn.ReplyAsync(t.NotALeader, ct);
            return;
        }

        var now = time.GetUtcNow();
        var (from, to) = LeaderSummary.PeriodsToRead(now);
        foreach (var setup in led.Take(MostTeamsShown))
        {
            var summary = LeaderSummary.Build(bank, await aggregates.GetRangeAsync(setup.Team, from, to, ct), setup.MinimumGroupSize, now);
            await audit.RecordAsync(tenant, who, "summary", setup.Team.ConversationId, "shown", ct);
            await turn.ReplyAsync(SummaryCard.Build(turn.Language, summary, setup.Name.Length > 0 ? setup.Name : t.YourTeam, setup.Team.ConversationId), ct);
            if (await groups.CardAsync(setup, summary.LastPeriod, turn.Language, ct) is { } groupsCard) await turn.ReplyAsync(groupsCard, ct);
            var comments = await answers.StoredCommentsAsync(setup.Team, summary.LastPeriod, ct);
            if (CommentsCard.MayShow(summary.ResponseRate.Respondents, comments.Count))
            {
                await turn.ReplyAsync(CommentsCard.Build(turn.Language, summary.LastPeriod, comments), ct);
            }
        }
    }
}

public sealed record SummaryCommandTexts(string Description, string OnlyInPrivate, string NotALeader, string YourTeam)
{
    public static SummaryCommandTexts For(Language language) => language == Language.English ? English : Danish;

    public static SummaryCommandTexts Danish { get; } = new(
        "Teamets trivsel de seneste uger (kun for teamets leder). Tal vises kun, når nok har svaret.",
        "Skriv **resumé** til mig i en privat chat – så bliver teamets tal ikke vist her.",
        "Resuméet er kun for teamets leder. Spørg din leder, hvad svarene viser – eller se det, TRIO'en deler.",
        "dit team");

    public static SummaryCommandTexts English { get; } = new(
        "The team's wellbeing over recent weeks (team leaders only). Figures only show when enough have answered.",
        "Write **summary** to me in a private chat, so the team's figures are not shown here.",
        "The summary is for the team's leader only. Ask your leader what the answers show – or see what the TRIO shares.",
        "your team");
}
