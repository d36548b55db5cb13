using TrivselsBot.Privacy;
using TrivselsBot.Storage;
using Azure.Data.Tables;

namespace TrivselsBot.CheckIns.Delivery;

/// <summary>
/// The remembered 1:1 chat per person (table "personalchats": partition = tenant, row = the person's pseudonym), so
/// that later weeks reach them with one request instead of two. Holds no name and no Entra id.
/// </summary>
public sealed class PersonalChats(PrefixedTableService tables, MemberPseudonym pseudonyms)
{
    public const string TableName = "personalchats";

    private readonly TableClient _table = tables.GetTableClient(TableName);

    public async Task<PersonalChat?> GetAsync(string tenantId, string aadObjectId, CancellationToken ct)
    {
        var entity = await _table.GetAsync(Partition(tenantId), pseudonyms.For(aadObjectId), ct: ct);
        return entity is null ? null : new PersonalChat(entity.GetString("ConversationId")!, entity.GetString("ServiceUrl")!);
    }

    public async Task SaveAsync(string tenantId, string aadObjectId, PersonalChat chat, CancellationToken ct) =>
        await _table.UpsertEntityAsync(new TableEntity(Partition(tenantId), pseudonyms.For(aadObjectId))
        {
            ["ConversationId"] = chat.ConversationId,
            ["ServiceUrl"] = chat.ServiceUrl,
        }, TableUpdateMode.Replace, ct);

    /// <summary>Drops a chat Teams no longer knows (404), so the next send creates a fresh one.</summary>
    public async Task ForgetAsync(string tenantId, string aadObjectId, CancellationToken ct) =>
        await _table.DeleteRowAsync(Partition(tenantId), pseudonyms.For(aadObjectId), ct: ct);

    private static string Partition(string tenantId) => TableKeys.Escape(tenantId);
}
