using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using TrivselsBot.Dialogue;
using TrivselsBot.Summaries;
using TrivselsBot.Testing;

namespace TrivselsBot.Tests.Dialogue;

/// <summary>
/// Anonymous replies to a comment through the real bot on Azurite: the opted-in comment gets "Svar anonymt", the reply
/// reaches the writer only with the next batch, the writer answers back, and ending the thread deletes the link.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class DialogueFlowTests(AzuriteServer azurite)
{
    [Fact]
    public async Task Only_opted_in_comments_get_a_reply_action()
    {
        await using var rig = await DialogueRig.StartAsync(azurite, optIn: [1, 2]);

        var card = await rig.CommentsCardAsync();

        Assert.NotNull(card);
        var replies = DialogueRig.Actions(card).Where(a => (string?)a["action"] == DialogueCards.ReplyAction).Select(a => (string)a[DialogueCards.CommentKey]!).ToHashSet();
        Assert.Equal(new HashSet<string> { await rig.CommentIdOfAsync(1), await rig.CommentIdOfAsync(2) }, replies);
    }

    [Fact]
    public async Task A_reply_reaches_the_writer_with_the_next_batch_the_answer_comes_back_and_ending_the_thread_deletes_the_link()
    {
        await using var rig = await DialogueRig.StartAsync(azurite, optIn: [1]);
        var replyData = DialogueRig.Actions((await rig.CommentsCardAsync())!).Single(a => (string?)a["action"] == DialogueCards.ReplyAction);

        await rig.SubmitAsync(DialogueRig.Reply(replyData, "Tak for at sige det. Hvad fylder mest?"), DialogueRig.LeaderChat, 0);
        Assert.Contains("næste samlede udsendelse", rig.SentTo(DialogueRig.LeaderChat)[^1].Text, StringComparison.Ordinal);
        Assert.Equal(0, await rig.DeliverAsync(rig.Clock.GetUtcNow()));
        Assert.Empty(rig.SentTo(DialogueRig.Chat(1)));

        Assert.Equal(1, await rig.DeliverAsync(rig.NextBatch));
        var toWriter = Assert.Single(rig.SentTo(DialogueRig.Chat(1)));
        Assert.Contains("“Kommentar fra 1”", toWriter.CardText, StringComparison.Ordinal);
        Assert.Contains("Din leder skriver:", toWriter.CardText, StringComparison.Ordinal);
        Assert.Contains("Hvad fylder mest?", toWriter.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain("Medarbejder 0", toWriter.CardText, StringComparison.Ordinal);

        var answer = DialogueRig.Actions(toWriter.Card!).Single(a => (string?)a["action"] == DialogueCards.AnswerAction);
        answer[DialogueCards.AnswerInputId] = "Weekendvagterne, der byttes i sidste øjeblik.";
        await rig.SubmitAsync(answer, DialogueRig.Chat(1), 1);
        Assert.DoesNotContain(rig.SentTo(DialogueRig.LeaderChat), c => c.CardText.Contains("Weekendvagterne", StringComparison.Ordinal));
        Assert.Equal(1, await rig.DeliverAsync(rig.NextBatch));
        var toLeader = rig.SentTo(DialogueRig.LeaderChat)[^1];
        Assert.Contains("Skribenten svarer:", toLeader.CardText, StringComparison.Ordinal);
        Assert.Contains("Weekendvagterne", toLeader.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain("Medarbejder 1", toLeader.CardText, StringComparison.Ordinal);
        var shown = string.Join("\n", toLeader.Card!["body"]!.AsArray().Select(e => (string?)e!["text"] ?? (string?)e["items"]?[0]?["text"] ?? (string?)e["label"]));
        Assert.Contains("Weekendvagterne", shown, StringComparison.Ordinal);
        Assert.DoesNotMatch(new Regex(@"\d{1,2}[:.]\d{2}"), shown); // no time of the writer's answer
        Assert.Contains(DialogueRig.Actions(toLeader.Card!), a => (string?)a["action"] == DialogueCards.ReplyAction);

        var close = DialogueRig.Actions(toWriter.Card!).Single(a => (string?)a["action"] == DialogueCards.CloseAction);
        await rig.SubmitAsync(close, DialogueRig.Chat(1), 1);
        Assert.Null(await rig.Bot.Service<DialogueStore>().HandleAsync(rig.Partition, (string)replyData[DialogueCards.CommentKey]!, default));
        Assert.Equal(1, await rig.DeliverAsync(rig.NextBatch));
        Assert.Contains("afsluttet samtalen", rig.SentTo(DialogueRig.LeaderChat)[^1].CardText, StringComparison.Ordinal);

        var before = await rig.SnapshotAsync();
        await rig.SubmitAsync(DialogueRig.Reply(DialogueRig.Actions(toLeader.Card!).Single(a => (string?)a["action"] == DialogueCards.ReplyAction), "Er du der stadig?"), DialogueRig.LeaderChat, 0);
        Assert.Contains("kan ikke besvares", rig.SentTo(DialogueRig.LeaderChat)[^1].Text, StringComparison.Ordinal);
        Assert.Equal(before, await rig.SnapshotAsync());
    }

    [Fact]
    public async Task A_signed_reply_names_the_leader_and_a_trio_members_unsigned_reply_says_the_trio()
    {
        await using var rig = await DialogueRig.StartAsync(azurite, optIn: [1]);
        var replyData = DialogueRig.Actions((await rig.CommentsCardAsync())!).Single(a => (string?)a["action"] == DialogueCards.ReplyAction);

        await rig.SubmitAsync(DialogueRig.Reply(replyData, "Lad os tale om det.", sign: true), DialogueRig.LeaderChat, 0);
        await rig.DeliverAsync(rig.NextBatch);

        Assert.Contains("Mette skriver:", rig.SentTo(DialogueRig.Chat(1))[^1].CardText, StringComparison.Ordinal); // the name Teams sent with the leader's submit
    }

    [Fact]
    public async Task The_audit_names_who_replied_for_which_team_and_nothing_of_the_comment_or_its_writer()
    {
        await using var rig = await DialogueRig.StartAsync(azurite, optIn: [1]);
        var replyData = DialogueRig.Actions((await rig.CommentsCardAsync())!).Single(a => (string?)a["action"] == DialogueCards.ReplyAction);
        await rig.SubmitAsync(DialogueRig.Reply(replyData, "Tak."), DialogueRig.LeaderChat, 0);

        var entry = Assert.Single(await rig.Bot.Service<SummaryAudit>().LatestAsync(TeamsActivities.TenantId, 50, default), e => e.KnownWhat == AuditWhat.DialogueReply);
        Assert.Equal(rig.Aad(0), entry.Who);
        Assert.Equal(rig.Team.ConversationId, entry.Team);
        var audit = string.Join("|", (await rig.DumpAsync()).Where(r => r.Table == SummaryAudit.TableName).SelectMany(r => r.Row.Select(p => p.Value?.ToString())));
        Assert.DoesNotContain((string)replyData[DialogueCards.CommentKey]!, audit, StringComparison.Ordinal);
        Assert.DoesNotContain(rig.Aad(1), audit, StringComparison.Ordinal);
        Assert.DoesNotContain(DialogueRig.Chat(1), audit, StringComparison.Ordinal);
    }
}
