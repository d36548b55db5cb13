using System.Collections.Concurrent;
using TrivselsBot.BotConnector;
using TrivselsBot.Storage;
using Azure.Data.Tables;

namespace TrivselsBot.Teams;

/// <summary>
/// The conversation references table: partition = tenant, row = the escaped conversation id.
/// Holds no answers and nothing from them.
/// </summary>
public sealed class ConversationReferences(PrefixedTableService tables)
{
    public const string TableName = "conversations";
    private const string NoTenant = "no-tenant";

    private readonly TableClient _table = tables.GetTableClient(TableName);
    private readonly ConcurrentDictionary<string, bool> _known = new();

    /// <summary>Stores the reference if it is new. True only for the one call that created it.</summary>
    public async Task<bool> AddIfNewAsync(Activity activity, CancellationToken ct)
    {
        var conversation = FromActivity(activity);
        var result = await _table.InsertAsync(ToEntity(conversation), ct);
        _known[conversation.ConversationId] = true;
        if (result.Outcome == TableWriteOutcome.AlreadyExists)
        {
            await _table.UpsertEntityAsync(ToEntity(conversation), TableUpdateMode.Merge, ct);
            return false;
        }
        return true;
    }

    /// <summary>Makes sure a conversation the bot hears from is known, without a write for every message.</summary>
    public async Task RememberAsync(Activity activity, CancellationToken ct)
    {
        if (activity.Conversation?.Id is not { } id || _known.ContainsKey(id)) return;
        await AddIfNewAsync(activity, ct);
    }

    public async Task<StoredConversation?> GetAsync(string? tenantId, string conversationId, CancellationToken ct)
    {
        var entity = await _table.GetAsync(Partition(tenantId), Row(conversationId), ct: ct);
        return entity is null ? null : FromEntity(entity);
    }

    public async Task RemoveAsync(Activity activity, CancellationToken ct)
    {
        var conversation = FromActivity(activity);
        _known.TryRemove(conversation.ConversationId, out _);
        await _table.DeleteRowAsync(Partition(conversation.TenantId), Row(conversation.ConversationId), ct: ct);
    }

    /// <summary>Forgets the team's (or group chat's) conversation and every channel conversation of the team.</summary>
    public async Task RemoveTeamAsync(string tenantId, string conversationId, CancellationToken ct)
    {
        var filter = TableFilter.And(
            TableFilter.Equal("PartitionKey", Partition(tenantId)),
            TableFilter.Or(TableFilter.Equal("RowKey", Row(conversationId)), TableFilter.Equal("TeamId", conversationId)));
        var rows = new List<TableEntity>();
        await foreach (var row in _table.QueryEntitiesAsync(filter, ["PartitionKey", "RowKey", "ConversationId"], ct: ct)) rows.Add(row);
        foreach (var row in rows) _known.TryRemove(row.GetString("ConversationId") ?? "", out _);
        await _table.DeleteRowsAsync(rows, ct);
    }

    public static StoredConversation FromActivity(Activity activity) => new(
        activity.Conversation?.Id ?? throw new ArgumentException("The activity has no conversation id.", nameof(activity)),
        activity.ServiceUrl ?? throw new ArgumentException("The activity has no serviceUrl.", nameof(activity)),
        activity.ChannelId ?? "msteams",
        activity.Conversation.ConversationType,
        activity.Conversation.TenantId ?? activity.ChannelData?.Tenant?.Id,
        activity.ChannelData?.Team?.Id,
        activity.Recipient?.Id,
        activity.Recipient?.Name,
        activity.Locale);

    private static string Partition(string? tenantId) => TableKeys.Escape(tenantId ?? NoTenant);

    private static string Row(string conversationId) => TableKeys.Escape(conversationId);

    private static TableEntity ToEntity(StoredConversation c) => new(Partition(c.TenantId), Row(c.ConversationId))
    {
        ["ConversationId"] = c.ConversationId,
        ["ServiceUrl"] = c.ServiceUrl,
        ["ChannelId"] = c.ChannelId,
        ["ConversationType"] = c.ConversationType,
        ["TenantId"] = c.TenantId,
        ["TeamId"] = c.TeamId,
        ["BotId"] = c.BotId,
        ["BotName"] = c.BotName,
        ["Locale"] = c.Locale,
    };

    private static StoredConversation FromEntity(TableEntity e) => new(
        e.GetString("ConversationId")!,
        e.GetString("ServiceUrl")!,
        e.GetString("ChannelId")!,
        e.GetString("ConversationType"),
        e.GetString("TenantId"),
        e.GetString("TeamId"),
        e.GetString("BotId"),
        e.GetString("BotName"),
        e.GetString("Locale"));
}
