using System.Text.Json.Nodes;
using TrivselsBot.CheckIns;
using TrivselsBot.CheckIns.Delivery;
using TrivselsBot.Dialogue;
using TrivselsBot.Testing;

namespace TrivselsBot.EndToEnd.Tests;

/// <summary>
/// The anonymous dialogue in the real Agents Playground (k = 3). The current user writes the comment, so the reply reaches
/// the personal chat the UI shows; the leader is another user, Playground user 0, who reads "resumé" and replies in the 1:1
/// chat the bot opened with them (seen in the Playground's log, as the UI shows no other user's chat) — so the leader's
/// side is never the writer's own. Week 47 has two answers (under k), week 48 three answers with three comments, one of
/// them the current user's with "må svare mig" ticked. The half-hourly batch is run for its slot instant, as Quartz would.
/// </summary>
public sealed class PlaygroundDialogueTests() : PlaygroundTestBase(new ShiftedClock(new DateTimeOffset(2026, 11, 17, 10, 0, 0, TimeSpan.FromHours(1))))
{
    private const string MyComment = "Jeg savner tid til dokumentation efter vagten";

    [Fact]
    public async Task An_opted_in_comment_is_answered_the_writer_answers_back_anonymously_ends_the_thread_and_a_later_reply_is_refused()
    {
        var leader = User(0);
        var leaderId = (string)leader["id"]!;
        var team = await SetUpGroupChatAsync(k: "3", summary: "no", leaderAad: (string)leader["aadObjectId"]!);
        var clock = Bot.Service<TimeProvider>();

        var week47 = PulsePeriod.Containing(clock.GetUtcNow());
        await FirePulseAsync(team);
        await WaitForDeliveryAsync(team, week47, DeliveryKind.Pulse);
        await AnswerPulseAsync(Playground.CurrentUserId, week47, "Under k: ingen må kunne svare på denne", repliesWelcome: true);
        await AnswerPulseAsync((string)User(1)["id"]!, week47, "Også under k");
        await WaitForAnswersAsync(team, week47, 2);
        await CloseWeekAsync();

        var leaderChat = Assert.Single(Playground.ChatsWith(leaderId));
        await Playground.SayAsAsync(leaderChat, leader, "resumé");
        await Playground.WaitForSentAsync(leaderChat, m => Sent(m).Contains("uge 47", StringComparison.Ordinal) && Sent(m).Contains("for få svar", StringComparison.Ordinal));
        await Task.Delay(1000);
        Assert.DoesNotContain(Playground.SentTo(leaderChat), m => Buttons(m).Any(b => (string?)b["action"] == DialogueCards.ReplyAction));
        Assert.DoesNotContain(Playground.SentTo(leaderChat), m => Sent(m).Contains("Under k", StringComparison.Ordinal));

        var week48 = PulsePeriod.Containing(clock.GetUtcNow());
        await FirePulseAsync(team);
        await WaitForDeliveryAsync(team, week48, DeliveryKind.Pulse);
        await AnswerPulseAsync(Playground.CurrentUserId, week48, MyComment, repliesWelcome: true);
        await AnswerPulseAsync((string)User(1)["id"]!, week48, "Weekendvagterne byttes i sidste øjeblik");
        await AnswerPulseAsync((string)User(2)["id"]!, week48, "Godt med den nye mødestruktur", repliesWelcome: false);
        await WaitForAnswersAsync(team, week48, 3);
        await CloseWeekAsync();

        await Playground.SayAsAsync(leaderChat, leader, "resumé");
        var comments = await Playground.WaitForSentAsync(leaderChat, m => Sent(m).Contains("Kommentarer fra uge 48", StringComparison.Ordinal));
        Assert.Contains("Weekendvagterne byttes", Sent(comments), StringComparison.Ordinal);
        var myCommentId = (await Bot.Service<AnswerStore>().StoredCommentRowsAsync(team, week48, default)).Single(c => c.Text == MyComment).Id;
        var reply = Assert.Single(Buttons(comments), b => (string?)b["action"] == DialogueCards.ReplyAction); // only the opted-in comment
        Assert.Equal(myCommentId, (string?)reply[DialogueCards.CommentKey]);
        Assert.Contains("Svar anonymt", Sent(comments), StringComparison.Ordinal);

        var answer = (JsonObject)reply.DeepClone();
        answer[DialogueCards.ReplyInputId(myCommentId)] = "Tak for at sige det. Hvornår på vagten mangler tiden mest?";
        answer[DialogueCards.SignInputId] = "false";
        (await Playground.SubmitAsync(leaderChat, (string)comments["messageId"]!, leaderId, answer)).EnsureSuccessStatusCode();
        // The answer to a person's own click is in their Teams language, and the Playground always says en-US.
        await Playground.WaitForSentAsync(leaderChat, m => Sent(m).Contains(DialogueTexts.English.Queued, StringComparison.Ordinal));
        var delivery = Bot.Service<DialogueDelivery>();
        Assert.Equal(0, await delivery.DeliverDueAsync(clock.GetUtcNow(), default)); // written now: not before the next batch
        Assert.DoesNotContain(Playground.Shown, m => Text(m).Contains("Svar på din kommentar", StringComparison.Ordinal));

        Assert.Equal(1, await delivery.DeliverDueAsync(DeliverySlots.For(clock.GetUtcNow()), default));
        var toWriter = await Playground.WaitForAsync(m => Text(m).Contains("Svar på din kommentar fra uge 48", StringComparison.Ordinal));
        Assert.Equal(Playground.PersonalChatId, (string?)toWriter["actionConversationId"]);
        Assert.Contains($"“{MyComment}”", Text(toWriter), StringComparison.Ordinal);
        Assert.Contains("Din leder skriver:", Text(toWriter), StringComparison.Ordinal);
        Assert.Contains("Hvornår på vagten mangler tiden mest?", Text(toWriter), StringComparison.Ordinal);
        Assert.DoesNotContain((string)leader["name"]!, Text(toWriter), StringComparison.Ordinal);
        var writerCard = toWriter["message"]!["attachments"]![0]!["content"];

        var answerBack = (JsonObject)Buttons(writerCard).Single(b => (string?)b["action"] == DialogueCards.AnswerAction).DeepClone();
        answerBack[DialogueCards.AnswerInputId] = "Lige efter aftensmaden, når beboerne skal i seng.";
        (await Playground.SubmitAsync(Playground.PersonalChatId, MessageId(toWriter), Playground.CurrentUserId, answerBack)).EnsureSuccessStatusCode();
        await Playground.WaitForAsync(m => (string?)m["action"] == "updateMessage" && Text(m).Contains("næste samlede udsendelse", StringComparison.Ordinal));
        Assert.Equal(1, await delivery.DeliverDueAsync(DeliverySlots.For(clock.GetUtcNow()), default));
        var toLeader = await Playground.WaitForSentAsync(leaderChat, m => Sent(m).Contains("Skribenten svarer:", StringComparison.Ordinal));
        Assert.Contains("Lige efter aftensmaden", Sent(toLeader), StringComparison.Ordinal);
        Assert.Contains($"“{MyComment}”", Sent(toLeader), StringComparison.Ordinal);
        Assert.DoesNotContain(Playground.TestConfig["config"]!["currentUser"]!["name"]!.GetValue<string>(), Sent(toLeader), StringComparison.Ordinal);
        Assert.DoesNotContain(Playground.CurrentUserId, Sent(toLeader), StringComparison.Ordinal);
        Assert.DoesNotContain(Playground.PersonalChatId, Sent(toLeader), StringComparison.Ordinal);

        var close = (JsonObject)Buttons(writerCard).Single(b => (string?)b["action"] == DialogueCards.CloseAction).DeepClone();
        (await Playground.SubmitAsync(Playground.PersonalChatId, MessageId(toWriter), Playground.CurrentUserId, close)).EnsureSuccessStatusCode();
        await Playground.WaitForAsync(m => (string?)m["action"] == "updateMessage" && Text(m).Contains("Samtalen er afsluttet", StringComparison.Ordinal));
        Assert.Equal(1, await delivery.DeliverDueAsync(DeliverySlots.For(clock.GetUtcNow()), default));
        await Playground.WaitForSentAsync(leaderChat, m => Sent(m).Contains("Skribenten har afsluttet samtalen", StringComparison.Ordinal));

        var again = (JsonObject)Buttons(toLeader["request"]!["body"]).Single(b => (string?)b["action"] == DialogueCards.ReplyAction).DeepClone();
        again[DialogueCards.ReplyInputId(myCommentId)] = "Er du der stadig?";
        (await Playground.SubmitAsync(leaderChat, (string)toLeader["messageId"]!, leaderId, again)).EnsureSuccessStatusCode();
        await Playground.WaitForSentAsync(leaderChat, m => Sent(m).Contains(DialogueTexts.English.NotAnswerable, StringComparison.Ordinal));
        Assert.Equal(0, await delivery.DeliverDueAsync(clock.GetUtcNow().AddDays(1), default));
        await Task.Delay(500);
        Assert.Single(Playground.Shown, m => Text(m).Contains("Svar på din kommentar", StringComparison.Ordinal));
    }

    /// <summary>The answers are taken in the background of the submit's reply: wait until the week holds them all.</summary>
    private async Task WaitForAnswersAsync(Setup.TeamRef team, PulsePeriod week, int count)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while ((await Bot.Service<AnswerStore>().RespondentsAsync(team, week, default)).Count < count)
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Week {week} did not get {count} answers");
            await Task.Delay(100);
        }
    }
}
