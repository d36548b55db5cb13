using TrivselsBot.Localization;

namespace TrivselsBot.Dialogue;

/// <summary>The dialogue's words, Danish first. The writer never sees a name unless the sender signed.</summary>
public sealed record DialogueTexts
{
    public required string ReplyButton { get; init; }
    public required string ReplyLabel { get; init; }
    public required string Sign { get; init; }
    public required string YourLeader { get; init; }
    public required string TheTrio { get; init; }
    public required Func<int, string> WriterTitle { get; init; }
    public required string YouWrote { get; init; }
    public required Func<string, string> Writes { get; init; }
    public required string AnswerLabel { get; init; }
    public required string AnswerButton { get; init; }
    public required string CloseButton { get; init; }
    public required string BlockButton { get; init; }
    public required string WriterNote { get; init; }
    public required Func<int, string> LeaderTitle { get; init; }
    public required string TheComment { get; init; }
    public required string WriterAnswers { get; init; }
    public required string LeaderNote { get; init; }
    public required string WriterClosed { get; init; }
    public required string WriterBlocked { get; init; }
    public required string Queued { get; init; }
    public required string AlreadyQueued { get; init; }
    public required string WriterClosedReceipt { get; init; }
    public required string NotAnswerable { get; init; }
    public required string ThreadClosed { get; init; }
    public required string EmptyOrTooLong { get; init; }
    public required string TooMany { get; init; }

    public static DialogueTexts For(Language language) => language == Language.English ? English : Danish;

    public static DialogueTexts Danish { get; } = new()
    {
        ReplyButton = "Svar anonymt",
        ReplyLabel = "Dit svar (skribenten får det uden at kende dig, og du får ikke skribentens navn)",
        Sign = "Skriv mit navn under svaret",
        YourLeader = "Din leder",
        TheTrio = "TRIO'en",
        WriterTitle = week => $"Svar på din kommentar fra uge {week}",
        YouWrote = "Du skrev:",
        Writes = from => $"{from} skriver:",
        AnswerLabel = "Dit svar (frivilligt, højst 1.000 tegn)",
        AnswerButton = "Send svar",
        CloseButton = "Afslut samtalen",
        BlockButton = "Bloker svar",
        WriterNote = "Lederen og TRIO'en ser ikke dit navn. Beskeder når frem samlet, hver hele og halve time. Afslut eller bloker, når du vil – så slettes forbindelsen til dig.",
        LeaderTitle = week => $"Svar fra skribenten af en kommentar fra uge {week}",
        TheComment = "Kommentaren:",
        WriterAnswers = "Skribenten svarer:",
        LeaderNote = "Skribenten er anonym. Beskeder når frem samlet, hver hele og halve time, uden tidspunkt.",
        WriterClosed = "Skribenten har afsluttet samtalen om denne kommentar.",
        WriterBlocked = "Skribenten ønsker ikke flere svar på denne kommentar.",
        Queued = "Tak. Dit svar når frem ved næste samlede udsendelse (hver hele og halve time).",
        AlreadyQueued = "Det svar er allerede sendt videre.",
        WriterClosedReceipt = "Samtalen er afsluttet, og forbindelsen til dig er slettet. Dit navn er aldrig blevet vist.",
        NotAnswerable = "Den kommentar kan ikke besvares: skribenten har ikke givet lov, samtalen er afsluttet, eller kommentaren kan ikke vises.",
        ThreadClosed = "Samtalen om den kommentar er afsluttet.",
        EmptyOrTooLong = "Skriv et svar på 1 til 1.000 tegn.",
        TooMany = "Der er sendt så mange beskeder i dag, at flere må vente til i morgen.",
    };

    public static DialogueTexts English { get; } = new()
    {
        ReplyButton = "Reply anonymously",
        ReplyLabel = "Your reply (the writer gets it without knowing you, and you do not learn who wrote)",
        Sign = "Sign the reply with my name",
        YourLeader = "Your leader",
        TheTrio = "The TRIO",
        WriterTitle = week => $"A reply to your comment from week {week}",
        YouWrote = "You wrote:",
        Writes = from => $"{from} writes:",
        AnswerLabel = "Your answer (optional, at most 1,000 characters)",
        AnswerButton = "Send answer",
        CloseButton = "End the conversation",
        BlockButton = "Block replies",
        WriterNote = "Your leader and the TRIO do not see your name. Messages arrive together, on the hour and half hour. End or block whenever you like – the link to you is then deleted.",
        LeaderTitle = week => $"An answer from the writer of a comment from week {week}",
        TheComment = "The comment:",
        WriterAnswers = "The writer answers:",
        LeaderNote = "The writer is anonymous. Messages arrive together, on the hour and half hour, without a time.",
        WriterClosed = "The writer has ended the conversation about this comment.",
        WriterBlocked = "The writer wants no more replies to this comment.",
        Queued = "Thank you. Your reply goes out with the next delivery (on the hour and half hour).",
        AlreadyQueued = "That reply has already been passed on.",
        WriterClosedReceipt = "The conversation has ended and the link to you is deleted. Your name was never shown.",
        NotAnswerable = "That comment cannot be answered: the writer did not allow it, the conversation has ended, or the comment cannot be shown.",
        ThreadClosed = "The conversation about that comment has ended.",
        EmptyOrTooLong = "Write a reply of 1 to 1,000 characters.",
        TooMany = "So many messages were sent today that more must wait until tomorrow.",
    };
}
