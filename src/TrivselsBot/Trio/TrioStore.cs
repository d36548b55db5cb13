using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using TrivselsBot.Setup;
using TrivselsBot.TableStorage;

namespace TrivselsBot.Trio;

/// <summary>
/// Table "trio", partition = the team (<see cref="TeamRef.Key"/>): row "setup" holds the TRIO, "item|{id}" each point,
/// decision and action, "meeting|{yyyy-MM-dd}" each meeting that had an agenda, "done|{step}" each one-time step taken. Item ids come from the card that created
/// them, so a second click on the same card finds the row already there and stores nothing.
/// </summary>
public sealed class TrioStore(TableServiceClient tables)
{
    public const string TableName = "trio";

    private const string SetupRow = "setup";
    private const string ItemPrefix = "item|";
    private const string MeetingPrefix = "meeting|";
    private const string ClaimPrefix = "done|";
    private const string DateFormat = "yyyy-MM-dd";

    private readonly TableClient _table = tables.GetTableClient(TableName);

    public async Task<TrioSetup?> GetSetupAsync(TeamRef team, CancellationToken ct)
    {
        var entity = await _table.GetAsync(team.Key, SetupRow, ct: ct);
        return entity is null ? null : SetupFrom(team, entity);
    }

    public async Task SaveSetupAsync(TrioSetup setup, CancellationToken ct) =>
        await _table.UpsertAsync(new TableEntity(setup.Team.Key, SetupRow)
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

    /// <summary>Every TRIO of the tenant (a scan of the setup rows: there is one per team).</summary>
    public async IAsyncEnumerable<TrioSetup> SetupsAsync(string? tenantId, [EnumeratorCancellation] CancellationToken ct)
    {
        var filter = TableFilter.Equal("RowKey", SetupRow);
        if (tenantId is not null) filter = TableFilter.And(filter, TableFilter.Equal("TenantId", tenantId));
        await foreach (var entity in _table.QueryAsync(filter, ct: ct))
        {
            yield return SetupFrom(new TeamRef(entity.GetString("TenantId")!, entity.GetString("ConversationId")!), entity);
        }
    }

    /// <summary>Stores a new item; false, with nothing changed, when an item with its id is already there.</summary>
    public async Task<bool> TryAddItemAsync(TeamRef team, TrioItem item, CancellationToken ct) =>
        (await _table.InsertAsync(ItemEntity(team, item), ct)).Succeeded;

    public async Task<TrioItem?> GetItemAsync(TeamRef team, string id, CancellationToken ct)
    {
        var entity = await _table.GetAsync(team.Key, ItemPrefix + id, ct: ct);
        return entity is null ? null : ItemFrom(entity);
    }

    /// <summary>Writes the item if nobody changed it since it was read (its ETag); false when somebody did.</summary>
    public async Task<bool> TryUpdateItemAsync(TeamRef team, TrioItem item, CancellationToken ct) =>
        (await _table.UpdateAsync(ItemEntity(team, item), item.ETag, ct: ct)).Succeeded;

    public async Task<IReadOnlyList<TrioItem>> ItemsAsync(TeamRef team, CancellationToken ct)
    {
        var filter = TableFilter.And(TableFilter.Equal("PartitionKey", team.Key), TableFilter.StartsWith("RowKey", ItemPrefix));
        var items = new List<TrioItem>();
        await foreach (var entity in _table.QueryAsync(filter, ct: ct)) items.Add(ItemFrom(entity));
        return [.. items.OrderBy(i => i.CreatedAt)];
    }

    /// <summary>
    /// Every item a TRIO of the tenant has sent to MED, with its team, newest first: what the organisation's roll-up
    /// lists. A scan filtered on two columns; TRIO tables are small (tens of items per team and year).
    /// </summary>
    public async Task<IReadOnlyList<(TeamRef Team, TrioItem Item)>> MedItemsAsync(string tenantId, CancellationToken ct)
    {
        var filter = TableFilter.And(TableFilter.Equal("TenantId", tenantId), TableFilter.Equal("SentToMed", true));
        var items = new List<(TeamRef, TrioItem)>();
        await foreach (var entity in _table.QueryAsync(filter, ct: ct))
        {
            items.Add((TeamRef.FromKey(entity.PartitionKey), ItemFrom(entity)));
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
        await foreach (var entity in _table.QueryAsync(filter, ["RowKey"], ct: ct)) meetings.Add(ParseDate(entity.RowKey[MeetingPrefix.Length..]));
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
        await _table.DeleteAsync(team.Key, ClaimPrefix + step, ct: ct);

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
        ETag = e.ETag ?? "*",
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
