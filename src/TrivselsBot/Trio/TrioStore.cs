using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using TrivselsBot.Setup;
using TrivselsBot.Storage;
using Azure;
using Azure.Data.Tables;

namespace TrivselsBot.Trio;

/// <summary>
/// Table "trio", partition = the team (<see cref="TeamRef.Key"/>): row "setup" holds the TRIO, "item|{id}" each point,
/// decision and action, "meeting|{yyyy-MM-dd}" each meeting that had an agenda, "done|{step}" each one-time step taken. Item ids come from the card that created
/// them, so a second click on the same card finds the row already there and stores nothing.
/// <para>
/// Table "trioindex", partition = the tenant: row "{conversation}|setup" for each TRIO and "{conversation}|med|{id}" for
/// each item sent to MED, so a tenant's TRIOs and MED items are read from one partition. An index row is written before
/// the row it points at and checked against it on read, so a write cut off between the two never gives a wrong answer.
/// </para>
/// </summary>
public sealed class TrioStore(PrefixedTableService tables)
{
    public const string TableName = "trio";
    public const string IndexTableName = "trioindex";

    private const string SetupRow = "setup";
    private const string ItemPrefix = "item|";
    private const string MeetingPrefix = "meeting|";
    private const string ClaimPrefix = "done|";
    private const string DateFormat = "yyyy-MM-dd";
    private const string SetupIndex = "setup";
    private const string MedIndex = "med";

    private readonly TableClient _table = tables.GetTableClient(TableName);
    private readonly TableClient _index = tables.GetTableClient(IndexTableName);

    public async Task<TrioSetup?> GetSetupAsync(TeamRef team, CancellationToken ct)
    {
        var entity = await _table.GetAsync(team.Key, SetupRow, ct: ct);
        return entity is null ? null : SetupFrom(team, entity);
    }

    public async Task SaveSetupAsync(TrioSetup setup, CancellationToken ct)
    {
        var index = IndexEntity(setup.Team, SetupIndex, SetupIndex);
        index["Members"] = MemberList(setup.Members.Select(m => m.AadObjectId));
        index["Chat"] = setup.ChatConversationId;
        await _index.UpsertEntityAsync(index, TableUpdateMode.Replace, ct);
        await _table.UpsertEntityAsync(new TableEntity(setup.Team.Key, SetupRow)
        {
            ["TenantId"] = setup.Team.TenantId,
            ["ConversationId"] = setup.Team.ConversationId,
            ["Members"] = JsonSerializer.Serialize(setup.Members),
            ["MeetingDay"] = (int)setup.MeetingDay,
            ["MeetingTime"] = setup.MeetingTime.ToString("HH:mm", CultureInfo.InvariantCulture),
            ["IntervalWeeks"] = setup.IntervalWeeks,
            ["FirstMeeting"] = Date(setup.FirstMeeting),
            ["AgendaWorkingDaysBefore"] = setup.AgendaWorkingDaysBefore,
            ["Destination"] = setup.Destination.ToString(),
            ["ChatConversationId"] = setup.ChatConversationId,
            ["LastDone"] = JsonSerializer.Serialize(setup.LastDone.ToDictionary(d => d.Key, d => Date(d.Value))),
        }, TableUpdateMode.Replace, ct);
    }

    /// <summary>
    /// The tenant's TRIOs that have the person as a member, or that post to the chat: the index rows name both, so only
    /// the matching TRIOs are read. Each is checked against its stored setup, so a stale index row shows nothing.
    /// </summary>
    public async IAsyncEnumerable<TrioSetup> SetupsOfAsync(string tenantId, string? aadObjectId, string? chatConversationId, [EnumeratorCancellation] CancellationToken ct)
    {
        var filter = TableFilter.And(TableFilter.Equal("PartitionKey", TableKeys.Escape(tenantId)), TableFilter.Equal("Kind", SetupIndex));
        var member = aadObjectId is null ? null : MemberList([aadObjectId]);
        await foreach (var row in _index.QueryEntitiesAsync(filter, ["Team", "Members", "Chat"], ct: ct))
        {
            var matches = (member is not null && (row.GetString("Members") ?? "").Contains(member, StringComparison.Ordinal))
                || (chatConversationId is not null && row.GetString("Chat") == chatConversationId);
            if (!matches || await GetSetupAsync(TeamRef.FromKey(row.GetString("Team")!), ct) is not { } setup) continue;
            if ((aadObjectId is not null && setup.IsMember(aadObjectId)) || (chatConversationId is not null && setup.ChatConversationId == chatConversationId)) yield return setup;
        }
    }

    /// <summary>"|id|id|", lower case, so one id is found by a plain substring match.</summary>
    private static string MemberList(IEnumerable<string> aadObjectIds) => "|" + string.Concat(aadObjectIds.Select(id => id.ToLowerInvariant() + "|"));

    /// <summary>Every TRIO of every tenant, for the daily jobs: the index's setup rows, not every row of every TRIO.</summary>
    public IAsyncEnumerable<TrioSetup> AllSetupsAsync(CancellationToken ct) => IndexedSetupsAsync(TableFilter.Equal("Kind", SetupIndex), ct);

    private async IAsyncEnumerable<TrioSetup> IndexedSetupsAsync(string filter, [EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var row in _index.QueryEntitiesAsync(filter, ["Team"], ct: ct))
        {
            // A setup whose own write was cut off (or that an erasure took) leaves an index row pointing at nothing.
            if (await GetSetupAsync(TeamRef.FromKey(row.GetString("Team")!), ct) is { } setup) yield return setup;
        }
    }

    /// <summary>Stores a new item; false, with nothing changed, when an item with its id is already there.</summary>
    public async Task<bool> TryAddItemAsync(TeamRef team, TrioItem item, CancellationToken ct)
    {
        await IndexForMedAsync(team, item, ct);
        return (await _table.InsertAsync(ItemEntity(team, item), ct)).Succeeded;
    }

    public async Task<TrioItem?> GetItemAsync(TeamRef team, string id, CancellationToken ct)
    {
        var entity = await _table.GetAsync(team.Key, ItemPrefix + id, ct: ct);
        return entity is null ? null : ItemFrom(entity);
    }

    /// <summary>Writes the item if nobody changed it since it was read (its ETag); false when somebody did.</summary>
    public async Task<bool> TryUpdateItemAsync(TeamRef team, TrioItem item, CancellationToken ct)
    {
        await IndexForMedAsync(team, item, ct);
        if (!(await _table.UpdateAsync(ItemEntity(team, item), new ETag(item.ETag), ct: ct)).Succeeded) return false;
        // Tidying only: a row left behind by a failure here is skipped on read, as the item says it is withdrawn.
        if (item.IsWithdrawn) await _index.DeleteRowAsync(TableKeys.Escape(team.TenantId), IndexRow(team, MedIndex + "|" + item.Id), ct: ct);
        return true;
    }

    /// <summary>The team's items, oldest first, without the withdrawn ones.</summary>
    public async Task<IReadOnlyList<TrioItem>> ItemsAsync(TeamRef team, CancellationToken ct) =>
        [.. (await ItemsIncludingWithdrawnAsync(team, ct)).Where(i => !i.IsWithdrawn)];

    /// <summary>Every item the team has stored, withdrawn ones too (erasure must know everybody they name).</summary>
    public async Task<IReadOnlyList<TrioItem>> ItemsIncludingWithdrawnAsync(TeamRef team, CancellationToken ct)
    {
        var filter = TableFilter.And(TableFilter.Equal("PartitionKey", team.Key), TableFilter.StartsWith("RowKey", ItemPrefix));
        var items = new List<TrioItem>();
        await foreach (var entity in _table.QueryEntitiesAsync(filter, ct: ct)) items.Add(ItemFrom(entity));
        return [.. items.OrderBy(i => i.CreatedAt)];
    }

    /// <summary>
    /// Every item a TRIO of the tenant has sent to MED and not withdrawn, with its team, newest first: what the
    /// organisation's roll-up lists. The tenant's index partition names them; each is read to check it still says so.
    /// </summary>
    public async Task<IReadOnlyList<(TeamRef Team, TrioItem Item)>> MedItemsAsync(string tenantId, CancellationToken ct)
    {
        var filter = TableFilter.And(TableFilter.Equal("PartitionKey", TableKeys.Escape(tenantId)), TableFilter.Equal("Kind", MedIndex));
        var items = new List<(TeamRef, TrioItem)>();
        await foreach (var row in _index.QueryEntitiesAsync(filter, ["Team", "Item"], ct: ct))
        {
            var team = TeamRef.FromKey(row.GetString("Team")!);
            if (await GetItemAsync(team, row.GetString("Item")!, ct) is { SentToMedInMeeting: not null, IsWithdrawn: false } item) items.Add((team, item));
        }
        return [.. items.OrderByDescending(i => i.Item2.SentToMedInMeeting)];
    }

    /// <summary>Notes that the meeting had an agenda (the first time; later calls change nothing).</summary>
    public async Task StartMeetingAsync(TeamRef team, DateOnly meeting, DateTimeOffset at, CancellationToken ct) =>
        await _table.InsertAsync(new TableEntity(team.Key, MeetingPrefix + Date(meeting)) { ["AgendaAt"] = at }, ct);

    /// <summary>
    /// The meeting whose minutes are written next: the latest one with an agenda held by <paramref name="today"/> (an
    /// agenda opened early for the next meeting must not hide the last one's minutes), else the first one to come.
    /// </summary>
    public async Task<DateOnly?> LatestMeetingAsync(TeamRef team, DateOnly today, CancellationToken ct)
    {
        var filter = TableFilter.And(TableFilter.Equal("PartitionKey", team.Key), TableFilter.StartsWith("RowKey", MeetingPrefix));
        var meetings = new List<DateOnly>();
        await foreach (var entity in _table.QueryEntitiesAsync(filter, ["RowKey"], ct: ct)) meetings.Add(ParseDate(entity.RowKey[MeetingPrefix.Length..]));
        if (meetings.Count == 0) return null;
        var held = meetings.Where(m => m <= today).ToList();
        return held.Count > 0 ? held.Max() : meetings.Min();
    }

    /// <summary>
    /// Takes a one-time step such as "the agenda of 2026-11-24 went to the TRIO chat": true for the first caller only.
    /// </summary>
    public async Task<bool> TryClaimAsync(TeamRef team, string step, DateTimeOffset at, CancellationToken ct) =>
        (await _table.InsertAsync(new TableEntity(team.Key, ClaimPrefix + step) { ["At"] = at }, ct)).Succeeded;

    /// <summary>Gives a claimed step back when it could not be done, so it can be tried again.</summary>
    public async Task ReleaseClaimAsync(TeamRef team, string step, CancellationToken ct) =>
        await _table.DeleteRowAsync(team.Key, ClaimPrefix + step, ct: ct);

    /// <summary>The index row of an item sent to MED goes in before the item says so (again on later writes: an upsert).</summary>
    private async Task IndexForMedAsync(TeamRef team, TrioItem item, CancellationToken ct)
    {
        if (item.SentToMedInMeeting is null || item.IsWithdrawn) return;
        var row = IndexEntity(team, MedIndex + "|" + item.Id, MedIndex);
        row["Item"] = item.Id;
        await _index.UpsertEntityAsync(row, TableUpdateMode.Replace, ct);
    }

    private static TableEntity IndexEntity(TeamRef team, string row, string kind) =>
        new(TableKeys.Escape(team.TenantId), IndexRow(team, row)) { ["Kind"] = kind, ["Team"] = team.Key };

    /// <summary>Index rows of a team start with its conversation id, as <see cref="Administration.TeamDataMap.TeamRowPrefix"/> says.</summary>
    private static string IndexRow(TeamRef team, string row) => Administration.TeamDataMap.TeamRowPrefix(team) + row;

    private static TableEntity ItemEntity(TeamRef team, TrioItem i) => new(team.Key, ItemPrefix + i.Id)
    {
        ["TenantId"] = team.TenantId,
        ["Kind"] = i.Kind.ToString(),
        ["Text"] = i.Text,
        ["Meeting"] = Date(i.Meeting),
        ["CreatedAt"] = i.CreatedAt,
        ["OwnerAadObjectId"] = i.OwnerAadObjectId,
        ["OwnerUserId"] = i.OwnerUserId,
        ["OwnerName"] = i.OwnerName,
        ["Due"] = i.Due is { } due ? Date(due) : null,
        ["DoneInMeeting"] = i.DoneInMeeting is { } done ? Date(done) : null,
        ["SentToMed"] = i.SentToMedInMeeting is not null,
        ["SentToMedInMeeting"] = i.SentToMedInMeeting is { } med ? Date(med) : null,
        ["RemindedDueSoon"] = i.RemindedDueSoon,
        ["RemindedOverdueWeek"] = i.RemindedOverdueWeek,
        ["WithdrawnAt"] = i.WithdrawnAt,
        ["WithdrawnByAadObjectId"] = i.WithdrawnByAadObjectId,
        ["WithdrawnByRoles"] = i.IsWithdrawn ? string.Join(',', i.WithdrawnByRoles) : null,
    };

    private static TrioItem ItemFrom(TableEntity e) => new()
    {
        Id = e.RowKey[ItemPrefix.Length..],
        Kind = Enum.Parse<TrioItemKind>(e.GetString("Kind")!),
        Text = e.GetString("Text") ?? "",
        Meeting = ParseDate(e.GetString("Meeting")!),
        CreatedAt = e.GetDateTimeOffset("CreatedAt") ?? DateTimeOffset.MinValue,
        OwnerAadObjectId = e.GetString("OwnerAadObjectId"),
        OwnerUserId = e.GetString("OwnerUserId"),
        OwnerName = e.GetString("OwnerName"),
        Due = OptionalDate(e.GetString("Due")),
        DoneInMeeting = OptionalDate(e.GetString("DoneInMeeting")),
        SentToMedInMeeting = OptionalDate(e.GetString("SentToMedInMeeting")),
        RemindedDueSoon = e.GetBoolean("RemindedDueSoon") ?? false,
        RemindedOverdueWeek = e.GetString("RemindedOverdueWeek"),
        WithdrawnAt = e.GetDateTimeOffset("WithdrawnAt"),
        WithdrawnByAadObjectId = e.GetString("WithdrawnByAadObjectId"),
        WithdrawnByRoles = [.. (e.GetString("WithdrawnByRoles") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<TrioRole>)],
        ETag = e.ETag.ToString(),
    };

    private static TrioSetup SetupFrom(TeamRef team, TableEntity e) => new()
    {
        Team = team,
        Members = JsonSerializer.Deserialize<List<TrioMember>>(e.GetString("Members") ?? "[]") ?? [],
        MeetingDay = (DayOfWeek)(e.GetInt32("MeetingDay") ?? 2),
        MeetingTime = TimeOnly.ParseExact(e.GetString("MeetingTime") ?? "10:00", "HH:mm", CultureInfo.InvariantCulture),
        IntervalWeeks = e.GetInt32("IntervalWeeks") ?? 2,
        FirstMeeting = ParseDate(e.GetString("FirstMeeting")!),
        AgendaWorkingDaysBefore = e.GetInt32("AgendaWorkingDaysBefore") ?? 2,
        Destination = Enum.TryParse<TrioDestination>(e.GetString("Destination"), out var d) ? d : TrioDestination.Personal,
        ChatConversationId = e.GetString("ChatConversationId"),
        LastDone = (JsonSerializer.Deserialize<Dictionary<string, string>>(e.GetString("LastDone") ?? "{}") ?? [])
            .ToDictionary(p => p.Key, p => ParseDate(p.Value)),
    };

    private static string Date(DateOnly day) => day.ToString(DateFormat, CultureInfo.InvariantCulture);

    private static DateOnly ParseDate(string text) => DateOnly.ParseExact(text, DateFormat, CultureInfo.InvariantCulture);

    private static DateOnly? OptionalDate(string? text) => text is null ? null : ParseDate(text);
}
