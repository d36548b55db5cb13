using TrivselsBot.CheckIns;
using TrivselsBot.CheckIns.Questions;
using TrivselsBot.Chat;
using TrivselsBot.Setup;

namespace TrivselsBot.Summaries;

/// <summary>
/// One team's summary for someone already found to be allowed to see it: the summary card, then the groups card and the
/// week's comments when they may be shown. The showing is audited with the person's and the team's names.
/// </summary>
public sealed class TeamSummaryReply(
    AggregateStore aggregates, QuestionBank bank, AnswerStore answers, SummaryAudit audit, Groups.GroupSummaries groups, Dialogue.DialogueStore dialogue, TimeProvider time)
{
    public async Task SendAsync(Turn turn, TeamSetup setup, string who, CancellationToken ct)
    {
        var t = SummaryCommandTexts.For(turn.Language);
        var now = time.GetUtcNow();
        var (from, to) = LeaderSummary.PeriodsToRead(now);
        var summary = LeaderSummary.Build(bank, await aggregates.GetRangeAsync(setup.Team, from, to, ct), setup.MinimumGroupSize, now);
        await audit.RecordAsync(setup.Team.TenantId, who, AuditWhat.Summary, setup.Team.ConversationId, AuditOutcome.Shown, new AuditNames(turn.Activity.From?.Name, setup.Name), ct);
        await turn.ReplyAsync(SummaryCard.Build(turn.Language, summary, setup.Name.Length > 0 ? setup.Name : t.YourTeam, setup.Team.ConversationId), ct);
        if (await groups.CardAsync(setup, summary.LastPeriod, turn.Language, ct) is { } groupsCard) await turn.ReplyAsync(groupsCard, ct);
        var comments = await answers.StoredCommentRowsAsync(setup.Team, summary.LastPeriod, ct);
        if (CommentsCard.MayShow(summary.ResponseRate.Respondents, comments.Count))
        {
            var answerable = await dialogue.AnswerableAsync(AnswerStore.Partition(setup.Team, summary.LastPeriod), ct);
            await turn.ReplyAsync(CommentsCard.Build(turn.Language, summary.LastPeriod, comments, answerable, setup.Team.ConversationId), ct);
        }
    }
}
