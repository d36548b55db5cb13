using System.Text.Json.Nodes;
using TrivselsBot.Dialogue;
using TrivselsBot.Hosting;
using TrivselsBot.Testing;

namespace TrivselsBot.Tests.Dialogue;

/// <summary>
/// The dialogue's limits (section "Dialogue", <see cref="DialogueOptions"/>) through the real bot on Azurite, late on Sunday
/// 29 November 2026 so that the bot's own clock (moved with close-week-now's <see cref="LocalTryClock"/>) reaches the next
/// day, Monday 00:01. A refusal says so in plain words and writes nothing: every table is as it was.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class DialogueLimitsTests(AzuriteServer azurite)
{
    private static readonly DateTimeOffset SundayEvening = new(2026, 11, 29, 23, 40, 0, TimeSpan.FromHours(1));
    private const string Queued = "næste samlede udsendelse";
    private const string TooMany = "så mange beskeder i dag, at flere må vente til i morgen";

    [Fact]
    public async Task The_leader_side_sends_at_most_the_days_messages_in_a_thread_the_next_is_refused_without_a_write_and_the_next_day_allows_again()
    {
        await using var rig = await DialogueRig.StartAsync(azurite, now: SundayEvening, settings: new Dictionary<string, string?> { ["Dialogue:MaxMessagesPerDay"] = "2" }, optIn: [1]);
        var cards = new List<JsonObject>();
        for (var i = 0; i < 4; i++) cards.Add(ReplyData((await rig.CommentsCardAsync())!));

        await ReplyAsync(rig, cards[0], "Første svar", Queued);
        await ReplyAsync(rig, cards[1], "Andet svar", Queued);
        var before = await rig.SnapshotAsync();
        await ReplyAsync(rig, cards[2], "Tredje svar samme dag", TooMany);
        Assert.Equal(before, await rig.SnapshotAsync());

        rig.Bot.Service<LocalTryClock>().EndCurrentWeek();
        await ReplyAsync(rig, cards[3], "Svar dagen efter", Queued);
        Assert.Equal(3, await rig.DeliverAsync(rig.Bot.Service<TimeProvider>().GetUtcNow().AddHours(1)));
        Assert.DoesNotContain(rig.SentTo(DialogueRig.Chat(1)), c => c.CardText.Contains("Tredje svar", StringComparison.Ordinal));
        Assert.Contains(rig.SentTo(DialogueRig.Chat(1)), c => c.CardText.Contains("Svar dagen efter", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_team_opens_at_most_the_days_new_threads_a_further_comment_is_refused_without_a_write_an_open_thread_goes_on_and_the_next_day_allows_it()
    {
        await using var rig = await DialogueRig.StartAsync(azurite, now: SundayEvening, settings: new Dictionary<string, string?> { ["Dialogue:MaxNewThreadsPerDay"] = "1" }, optIn: [1, 2]);
        var first = await rig.CommentIdOfAsync(1);
        var second = await rig.CommentIdOfAsync(2);
        var cards = new List<JsonObject>();
        for (var i = 0; i < 3; i++) cards.Add((await rig.CommentsCardAsync())!);

        await ReplyAsync(rig, ReplyData(cards[0], first), "Tak, vi tager det op", Queued);
        var before = await rig.SnapshotAsync();
        await ReplyAsync(rig, ReplyData(cards[0], second), "Et nyt emne samme dag", TooMany);
        Assert.Equal(before, await rig.SnapshotAsync());
        await ReplyAsync(rig, ReplyData(cards[1], first), "Og en opfølgning i samme tråd", Queued);

        rig.Bot.Service<LocalTryClock>().EndCurrentWeek();
        await ReplyAsync(rig, ReplyData(cards[2], second), "Nu dagen efter", Queued);
    }

    [Fact]
    public async Task The_writer_sends_at_most_the_days_messages_even_from_a_card_replayed_with_fresh_one_time_numbers_and_a_later_day_allows_again()
    {
        await using var rig = await DialogueRig.StartAsync(azurite, settings: new Dictionary<string, string?> { ["Dialogue:MaxMessagesPerDay"] = "2" }, optIn: [1]);
        await ReplyAsync(rig, ReplyData((await rig.CommentsCardAsync())!), "Hvad kan vi gøre?", Queued);
        Assert.Equal(1, await rig.DeliverAsync(rig.NextBatch));
        var answer = DialogueRig.Actions(rig.SentTo(DialogueRig.Chat(1))[^1].Card!).Single(a => (string?)a["action"] == DialogueCards.AnswerAction);
        async Task AnswerAsync(string nonce, string text)
        {
            answer[DialogueCards.NonceKey] = nonce;
            answer[DialogueCards.AnswerInputId] = text;
            await rig.SubmitAsync(answer, DialogueRig.Chat(1), 1);
        }

        await AnswerAsync("n1", "Mere tid ved overlap");
        await AnswerAsync("n2", "Og færre vikarer");
        var before = await rig.SnapshotAsync();
        await AnswerAsync("n3", "Og en tredje ting");
        Assert.Contains(TooMany, rig.SentTo(DialogueRig.Chat(1))[^1].Text, StringComparison.Ordinal);
        Assert.Equal(before, await rig.SnapshotAsync());
        Assert.Equal(2, await rig.DeliverAsync(rig.NextBatch)); // counted for the day they were delivered

        rig.Bot.Service<LocalTryClock>().EndCurrentWeek();
        await AnswerAsync("n4", "Tak for i går");
        Assert.Equal(1, await rig.DeliverAsync(rig.Bot.Service<TimeProvider>().GetUtcNow().AddHours(1)));
        Assert.Contains("Tak for i går", rig.SentTo(DialogueRig.LeaderChat)[^1].CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_text_over_1000_characters_is_refused_on_either_side_without_a_write_and_1000_are_taken()
    {
        await using var rig = await DialogueRig.StartAsync(azurite, optIn: [1]);
        var cards = new List<JsonObject>();
        for (var i = 0; i < 2; i++) cards.Add(ReplyData((await rig.CommentsCardAsync())!));

        var before = await rig.SnapshotAsync();
        await ReplyAsync(rig, cards[0], new string('a', DialogueOptions.MaximumLength + 1), "1 til 1.000 tegn");
        Assert.Equal(before, await rig.SnapshotAsync());
        await ReplyAsync(rig, cards[1], new string('a', DialogueOptions.MaximumLength), Queued);

        Assert.Equal(1, await rig.DeliverAsync(rig.NextBatch));
        var toWriter = rig.SentTo(DialogueRig.Chat(1))[^1];
        var answer = DialogueRig.Actions(toWriter.Card!).Single(a => (string?)a["action"] == DialogueCards.AnswerAction);
        answer[DialogueCards.AnswerInputId] = new string('b', DialogueOptions.MaximumLength + 1);
        before = await rig.SnapshotAsync();
        await rig.SubmitAsync(answer, DialogueRig.Chat(1), 1);
        Assert.Contains("1 til 1.000 tegn", rig.SentTo(DialogueRig.Chat(1))[^1].Text, StringComparison.Ordinal);
        Assert.Equal(before, await rig.SnapshotAsync());
        answer[DialogueCards.AnswerInputId] = new string('b', DialogueOptions.MaximumLength);
        await rig.SubmitAsync(answer, DialogueRig.Chat(1), 1);
        Assert.Equal(1, await rig.DeliverAsync(rig.NextBatch));
        Assert.Contains(new string('b', DialogueOptions.MaximumLength), rig.SentTo(DialogueRig.LeaderChat)[^1].CardText, StringComparison.Ordinal);
    }

    /// <summary>The "Svar anonymt" data of a comments card: the one comment when one is answerable, else <paramref name="commentId"/>'s.</summary>
    private static JsonObject ReplyData(JsonObject card, string? commentId = null) =>
        DialogueRig.Actions(card).Single(a => (string?)a["action"] == DialogueCards.ReplyAction && (commentId is null || (string?)a[DialogueCards.CommentKey] == commentId));

    private static async Task ReplyAsync(DialogueRig rig, JsonObject replyData, string text, string answered)
    {
        await rig.SubmitAsync(DialogueRig.Reply(replyData, text), DialogueRig.LeaderChat, 0);
        Assert.Contains(answered, rig.SentTo(DialogueRig.LeaderChat)[^1].Text, StringComparison.Ordinal);
    }
}
