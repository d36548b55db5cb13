using TrivselsBot.Teams;

namespace TrivselsBot.Storage;

public static class BotTables
{
    public static IReadOnlyList<string> All { get; } = [ConversationReferences.TableName];
}
