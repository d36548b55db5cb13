using TrivselsBot.Administration;
using TrivselsBot.CheckIns;
using TrivselsBot.Setup;
using TrivselsBot.Summaries;
using TrivselsBot.Teams;
using TrivselsBot.Trio;

namespace TrivselsBot.Storage;

public static class BotTables
{
    public static IReadOnlyList<string> All { get; } = [ConversationReferences.TableName, TeamSetupStore.TableName, .. CheckInServices.Tables, .. Dialogue.DialogueServices.Tables, .. AmrContact.AmrContactServices.Tables, .. SummaryServices.Tables, .. Groups.GroupServices.Tables, .. TrioServices.Tables, .. AdministrationServices.Tables];
}
