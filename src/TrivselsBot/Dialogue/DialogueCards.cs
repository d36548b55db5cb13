using System.Security.Cryptography;
using System.Text.Json.Nodes;
using TrivselsBot.Cards;
using TrivselsBot.CheckIns;
using TrivselsBot.Localization;

namespace TrivselsBot.Dialogue;

/// <summary>The dialogue's cards. None carries a time, and the leader side's cards never carry anything of the writer but the comment and their words.</summary>
public static class DialogueCards
{
    public const string ReplyAction = "dialogue.reply";
    public const string AnswerAction = "dialogue.answer";
    public const string CloseAction = "dialogue.close";
    public const string BlockAction = "dialogue.block";
    public const string TeamKey = "team";
    public const string WeekKey = "week";
    public const string PartitionKey = "thread";
    public const string CommentKey = "comment";
    public const string NonceKey = "nonce";
    public const string SignInputId = "sign";
    public const string AnswerInputId = "answer";

    public static string ReplyInputId(string commentId) => "reply_" + commentId;

    /// <summary>Under a comment on the leader side: a text box and "Svar anonymt" for exactly that comment.</summary>
    public static IEnumerable<CardElement> ReplyBox(Language language, string teamConversationId, PulsePeriod week, string commentId)
    {
        var t = DialogueTexts.For(language);
        yield return new TextInput(ReplyInputId(commentId)) { Label = t.ReplyLabel, IsMultiline = true, MaxLength = DialogueOptions.MaximumLength, Spacing = Spacing.Small };
        yield return new ActionSet([new SubmitAction(t.ReplyButton, new JsonObject
        {
            ["action"] = ReplyAction, [TeamKey] = teamConversationId, [WeekKey] = week.ToString(), [CommentKey] = commentId, [NonceKey] = Nonce(),
        })]) { Spacing = Spacing.Small };
    }

    public static ToggleInput SignToggle(Language language) => new(SignInputId, DialogueTexts.For(language).Sign) { Spacing = Spacing.Medium };

    /// <summary>To the writer, in their 1:1 chat: their comment quoted, the message, and their three one-click choices.</summary>
    public static AdaptiveCard ToWriter(Language language, PulsePeriod week, string comment, string from, string message, string partition, string commentId)
    {
        var t = DialogueTexts.For(language);
        JsonObject Data(string action) => new() { ["action"] = action, [PartitionKey] = partition, [CommentKey] = commentId, [NonceKey] = Nonce() };
        return new AdaptiveCard(
        [
            new TextBlock(t.WriterTitle(week.Week)) { Size = TextSize.Medium, Weight = TextWeight.Bolder },
            new TextBlock(t.YouWrote) { IsSubtle = true, Spacing = Spacing.Small },
            Quote(comment),
            new TextBlock(t.Writes(from)) { Weight = TextWeight.Bolder, Spacing = Spacing.Medium },
            new TextBlock(message) { Spacing = Spacing.Small },
            new TextInput(AnswerInputId) { Label = t.AnswerLabel, IsMultiline = true, MaxLength = DialogueOptions.MaximumLength, Spacing = Spacing.Medium },
            new TextBlock(t.WriterNote) { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.Small },
        ],
        [
            new SubmitAction(t.AnswerButton, Data(AnswerAction)) { Style = "positive" },
            new SubmitAction(t.CloseButton, Data(CloseAction)),
            new SubmitAction(t.BlockButton, Data(BlockAction)) { Style = "destructive" },
        ]) { Speak = t.WriterTitle(week.Week) };
    }

    /// <summary>To each of the leader side who replied: the writer's answer under the comment, and a box to reply again.</summary>
    public static AdaptiveCard ToLeader(Language language, PulsePeriod week, string comment, string answer, string teamConversationId, string commentId)
    {
        var t = DialogueTexts.For(language);
        return new AdaptiveCard(
        [
            new TextBlock(t.LeaderTitle(week.Week)) { Size = TextSize.Medium, Weight = TextWeight.Bolder },
            new TextBlock(t.TheComment) { IsSubtle = true, Spacing = Spacing.Small },
            Quote(comment),
            new TextBlock(t.WriterAnswers) { Weight = TextWeight.Bolder, Spacing = Spacing.Medium },
            new TextBlock(answer) { Spacing = Spacing.Small },
            .. ReplyBox(language, teamConversationId, week, commentId),
            SignToggle(language),
            new TextBlock(t.LeaderNote) { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.Small },
        ]) { Speak = t.LeaderTitle(week.Week) };
    }

    /// <summary>To the leader side when the writer ended the thread or blocked replies.</summary>
    public static AdaptiveCard Ended(Language language, PulsePeriod week, string comment, bool blocked)
    {
        var t = DialogueTexts.For(language);
        return new AdaptiveCard(
        [
            new TextBlock(blocked ? t.WriterBlocked : t.WriterClosed) { Weight = TextWeight.Bolder },
            new TextBlock(t.TheComment + " (" + week.Week + ")") { IsSubtle = true, Spacing = Spacing.Small },
            Quote(comment),
        ]);
    }

    public static AdaptiveCard Receipt(string text) => new([new TextBlock(text)]);

    private static Container Quote(string text) => new([new TextBlock("“" + text + "”")]) { Style = ContainerStyle.Emphasis, Spacing = Spacing.Small };

    private static string Nonce() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
}
