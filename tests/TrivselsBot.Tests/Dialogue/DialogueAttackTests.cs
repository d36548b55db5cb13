using System.Text.Json.Nodes;
using TrivselsBot.CheckIns;
using TrivselsBot.Dialogue;
using TrivselsBot.Setup;
using TrivselsBot.Storage;
using TrivselsBot.Testing;

namespace TrivselsBot.Tests.Dialogue;

/// <summary>
/// Ways to break the dialogue's anonymity or abuse it: what a table dump holds after a whole dialogue, and forged or
/// replayed actions — each refused with not one row written (the remembered chats aside, which the router writes on a
/// chat's first message, dialogue or not).
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class DialogueAttackTests(AzuriteServer azurite)
{
    [Fact]
    public async Task After_a_whole_dialogue_no_dialogue_row_holds_a_pseudonym_or_id_found_in_participation_or_conversations()
    {
        await using var rig = await DialogueRig.StartAsync(azurite, optIn: [1, 2]);
        var card = (await rig.CommentsCardAsync())!;
        foreach (var reply in DialogueRig.Actions(card).Where(a => (string?)a["action"] == DialogueCards.ReplyAction))
        {
            await rig.SubmitAsync(DialogueRig.Reply(reply, "Tak for kommentaren."), DialogueRig.LeaderChat, 0);
        }
        await rig.DeliverAsync(rig.NextBatch);
        var toWriter = rig.SentTo(DialogueRig.Chat(1)).Single();
        var answer = DialogueRig.Actions(toWriter.Card!).Single(a => (string?)a["action"] == DialogueCards.AnswerAction);
        answer[DialogueCards.AnswerInputId] = "Det handler om vagtplanen.";
        await rig.SubmitAsync(answer, DialogueRig.Chat(1), 1);
        await rig.DeliverAsync(rig.NextBatch);

        var dump = await rig.DumpAsync();
        var identifying = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (table, row) in dump.Where(r => r.Table is AnswerStore.ParticipationTable or TrivselsBot.Teams.ConversationReferences.TableName
                     or TrivselsBot.CheckIns.Delivery.PersonalChats.TableName))
        {
            identifying.Add(row.RowKey);
            identifying.Add(Uri.UnescapeDataString(row.RowKey));
            foreach (var value in row.OwnProperties().Select(p => p.Value).OfType<string>().Where(v => v.Length >= 6 && !v.StartsWith("http", StringComparison.Ordinal))) identifying.Add(value);
        }
        for (var m = 0; m < 6; m++) identifying.UnionWith([rig.Aad(m), rig.Id(m), DialogueRig.Chat(m)]);
        identifying.ExceptWith(["Stored", "msteams", "personal", "groupChat", TeamsActivities.TenantId, TeamsActivities.BotId, "TrivselsBot", "da-DK", rig.Team.ConversationId]);
        Assert.Contains(DialogueRig.Chat(1), identifying);

        var dialogueRows = dump.Where(r => DialogueStore.Tables.Contains(r.Table)).ToList();
        Assert.Contains(dialogueRows, r => r.Table == DialogueStore.HandlesTable);
        Assert.Contains(dialogueRows, r => r.Table == DialogueStore.ThreadsTable);
        foreach (var (table, row) in dialogueRows)
        {
            var texts = row.OwnProperties().Select(p => p.Value?.ToString() ?? "").Append(row.RowKey).Append(row.PartitionKey.Replace(rig.Team.Key, "", StringComparison.Ordinal)).ToList();
            foreach (var id in identifying) Assert.DoesNotContain(texts, t => t.Contains(id, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task The_handle_rows_carry_the_time_of_the_comments_batch_move_not_of_any_answer()
    {
        await using var rig = await DialogueRig.StartAsync(azurite, optIn: [1, 2]);

        var dump = await rig.DumpAsync();
        var handles = dump.Where(r => r.Table == DialogueStore.HandlesTable && r.Row.PartitionKey == rig.Partition).Select(r => r.Row.Timestamp!.Value).ToList();
        var moved = dump.Where(r => r.Table is AnswerStore.AnswersTable or AnswerStore.CommentsTable && r.Row.PartitionKey == rig.Partition).Select(r => r.Row.Timestamp!.Value).ToList();
        var participation = dump.Where(r => r.Table == AnswerStore.ParticipationTable && r.Row.PartitionKey == rig.Partition).Select(r => r.Row.Timestamp!.Value).ToList();

        Assert.Equal(2, handles.Count);
        Assert.All(handles, h => Assert.True(h >= moved.Min() && h <= moved.Max(), "a handle is written within the move of the answers and comments"));
        Assert.All(handles, h => Assert.True(h >= participation.Max(), "no handle row was written before the last of the k answers that triggered the move"));
    }

    [Fact]
    public async Task A_reply_from_someone_who_may_not_see_the_team_is_refused_without_a_write()
    {
        await using var rig = await DialogueRig.StartAsync(azurite, optIn: [1]);
        var reply = DialogueRig.Actions((await rig.CommentsCardAsync())!).Single(a => (string?)a["action"] == DialogueCards.ReplyAction);
        var before = await rig.SnapshotAsync();

        await rig.SubmitAsync(DialogueRig.Reply(reply, "Hvem er du?"), DialogueRig.Chat(3), 3);

        Assert.Contains("kan ikke besvares", rig.SentTo(DialogueRig.Chat(3))[^1].Text, StringComparison.Ordinal);
        Assert.Equal(before, await rig.SnapshotAsync());
    }

    [Fact]
    public async Task A_reply_to_a_comment_without_opt_in_is_refused_without_a_write()
    {
        await using var rig = await DialogueRig.StartAsync(azurite, optIn: [1]);
        var reply = DialogueRig.Actions((await rig.CommentsCardAsync())!).Single(a => (string?)a["action"] == DialogueCards.ReplyAction);
        reply[DialogueCards.CommentKey] = await rig.CommentIdOfAsync(3);
        var before = await rig.SnapshotAsync();

        await rig.SubmitAsync(DialogueRig.Reply(reply, "Hej"), DialogueRig.LeaderChat, 0);

        Assert.Contains("kan ikke besvares", rig.SentTo(DialogueRig.LeaderChat)[^1].Text, StringComparison.Ordinal);
        Assert.Equal(before, await rig.SnapshotAsync());
    }

    [Fact]
    public async Task Another_teams_comment_named_under_a_team_the_leader_leads_is_refused_without_a_write()
    {
        await using var rig = await DialogueRig.StartAsync(azurite, optIn: [1]);
        var reply = DialogueRig.Actions((await rig.CommentsCardAsync())!).Single(a => (string?)a["action"] == DialogueCards.ReplyAction);
        var otherTeam = $"19:{Guid.NewGuid():N}@thread.v2";
        await rig.Bot.PostActivityAsync(TeamsActivities.Submit(rig.Connector.ServiceUrl, new JsonObject
        {
            ["action"] = "setup.save", ["leaders"] = rig.Aad(0), ["day"] = "2", ["time"] = "09:00",
            ["reminder"] = "2", ["questions"] = "5", ["language"] = "da", ["k"] = "5", ["summary"] = "no",
        }, "setup-card", otherTeam, rig.Id(0), rig.Aad(0), "groupChat"));
        Assert.NotNull(await rig.Bot.Service<TeamSetupStore>().GetAsync(new TeamRef(TeamsActivities.TenantId, otherTeam), default));
        reply[DialogueCards.TeamKey] = otherTeam;
        var before = await rig.SnapshotAsync();

        await rig.SubmitAsync(DialogueRig.Reply(reply, "Hej"), DialogueRig.LeaderChat, 0);

        Assert.Contains("kan ikke besvares", rig.SentTo(DialogueRig.LeaderChat)[^1].Text, StringComparison.Ordinal);
        Assert.Equal(before, await rig.SnapshotAsync());
    }

    [Fact]
    public async Task A_week_under_k_shows_no_comments_and_a_forged_reply_to_its_opted_in_comment_is_refused_without_a_write()
    {
        await using var rig = await DialogueRig.StartAsync(azurite, answering: 4, optIn: [1]);
        Assert.Null(await rig.CommentsCardAsync());
        var commentId = await rig.CommentIdOfAsync(1);
        Assert.NotNull(await rig.Bot.Service<DialogueStore>().HandleAsync(rig.Partition, commentId, default)); // opted in, moved at close
        var forged = new JsonObject
        {
            ["action"] = DialogueCards.ReplyAction, [DialogueCards.TeamKey] = rig.Team.ConversationId, [DialogueCards.WeekKey] = "2026-W47",
            [DialogueCards.CommentKey] = commentId, [DialogueCards.NonceKey] = "forged-1", [DialogueCards.ReplyInputId(commentId)] = "Hej",
        };
        var before = await rig.SnapshotAsync();

        await rig.SubmitAsync(forged, DialogueRig.LeaderChat, 0);

        Assert.Contains("kan ikke besvares", rig.SentTo(DialogueRig.LeaderChat)[^1].Text, StringComparison.Ordinal);
        Assert.Equal(before, await rig.SnapshotAsync());
    }

    [Fact]
    public async Task The_writers_buttons_used_from_another_chat_or_after_the_thread_ended_are_refused_without_a_write()
    {
        await using var rig = await DialogueRig.StartAsync(azurite, optIn: [1, 2]);
        var reply = DialogueRig.Actions((await rig.CommentsCardAsync())!).First(a => (string?)a[DialogueCards.CommentKey] == rig.CommentIdOfAsync(1).Result);
        await rig.SubmitAsync(DialogueRig.Reply(reply, "Tak."), DialogueRig.LeaderChat, 0);
        await rig.DeliverAsync(rig.NextBatch);
        var toWriter = rig.SentTo(DialogueRig.Chat(1)).Single();
        var answer = DialogueRig.Actions(toWriter.Card!).Single(a => (string?)a["action"] == DialogueCards.AnswerAction);
        answer[DialogueCards.AnswerInputId] = "Skrevet af en anden";
        var close = DialogueRig.Actions(toWriter.Card!).Single(a => (string?)a["action"] == DialogueCards.CloseAction);
        await rig.SubmitAsync(new JsonObject { ["action"] = "none" }, DialogueRig.Chat(2), 2); // member 2's chat is remembered before the snapshot
        var before = await rig.SnapshotAsync();

        await rig.SubmitAsync(answer, DialogueRig.Chat(2), 2);
        await rig.SubmitAsync(close, DialogueRig.Chat(2), 2);
        await rig.SubmitAsync(answer, DialogueRig.LeaderChat, 0);

        Assert.Equal(before, await rig.SnapshotAsync());
        Assert.NotNull(await rig.Bot.Service<DialogueStore>().HandleAsync(rig.Partition, await rig.CommentIdOfAsync(1), default));

        await rig.SubmitAsync(close, DialogueRig.Chat(1), 1);
        var closed = await rig.SnapshotAsync();
        answer[DialogueCards.AnswerInputId] = "Efter lukning";
        await rig.SubmitAsync(answer, DialogueRig.Chat(1), 1);
        await rig.SubmitAsync(close, DialogueRig.Chat(1), 1);
        Assert.Equal(closed, await rig.SnapshotAsync());
    }

    [Fact]
    public async Task A_replayed_reply_is_queued_once_also_after_it_was_delivered()
    {
        await using var rig = await DialogueRig.StartAsync(azurite, optIn: [1]);
        var reply = DialogueRig.Reply(DialogueRig.Actions((await rig.CommentsCardAsync())!).Single(a => (string?)a["action"] == DialogueCards.ReplyAction), "Tak.");

        await rig.SubmitAsync(reply, DialogueRig.LeaderChat, 0);
        await rig.SubmitAsync(reply, DialogueRig.LeaderChat, 0);
        Assert.Contains("allerede sendt", rig.SentTo(DialogueRig.LeaderChat)[^1].Text, StringComparison.Ordinal);
        Assert.Equal(1, await rig.DeliverAsync(rig.NextBatch));
        await rig.SubmitAsync(reply, DialogueRig.LeaderChat, 0);

        Assert.Equal(0, await rig.DeliverAsync(rig.NextBatch.AddHours(1)));
        Assert.Single(rig.SentTo(DialogueRig.Chat(1)));
    }

    [Fact]
    public async Task Erasing_the_team_removes_its_handles_threads_and_waiting_messages()
    {
        await using var rig = await DialogueRig.StartAsync(azurite, optIn: [1, 2]);
        var reply = DialogueRig.Actions((await rig.CommentsCardAsync())!).First(a => (string?)a["action"] == DialogueCards.ReplyAction);
        await rig.SubmitAsync(DialogueRig.Reply(reply, "Tak."), DialogueRig.LeaderChat, 0);
        Assert.Equal(3, (await rig.DumpAsync()).Where(r => DialogueStore.Tables.Contains(r.Table)).Select(r => r.Table).Distinct().Count());

        await rig.Bot.Service<TrivselsBot.Administration.TeamErasure>().EraseAsync(rig.Team, rig.Aad(0), default);

        Assert.DoesNotContain(await rig.DumpAsync(), r => DialogueStore.Tables.Contains(r.Table));
    }
}
