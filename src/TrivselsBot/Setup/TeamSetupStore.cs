using System.Text.Json;
using TrivselsBot.Localization;
using TrivselsBot.Storage;
using Azure.Data.Tables;

namespace TrivselsBot.Setup;

/// <summary>Table "teamsetups": partition = tenant, row = the team's conversation id (both escaped).</summary>
public sealed class TeamSetupStore(PrefixedTableService tables)
{
    public const string TableName = "teamsetups";

    private readonly TableClient _table = tables.GetTableClient(TableName);

    public async Task<TeamSetup?> GetAsync(TeamRef team, CancellationToken ct)
    {
        var entity = await _table.GetAsync(TableKeys.Escape(team.TenantId), TableKeys.Escape(team.ConversationId), ct: ct);
        return entity is null ? null : FromEntity(team, entity);
    }

    public async Task SaveAsync(TeamSetup setup, CancellationToken ct) =>
        await _table.UpsertEntityAsync(ToEntity(setup), TableUpdateMode.Replace, ct);

    public async Task DeleteAsync(TeamRef team, CancellationToken ct) =>
        await _table.DeleteRowAsync(TableKeys.Escape(team.TenantId), TableKeys.Escape(team.ConversationId), ct: ct);

    public async IAsyncEnumerable<TeamSetup> AllAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var entity in _table.QueryEntitiesAsync(ct: ct))
        {
            var team = new TeamRef(entity.GetString("TenantId")!, entity.GetString("ConversationId")!);
            yield return FromEntity(team, entity);
        }
    }

    /// <summary>The tenant's teams: one partition, not a scan of every tenant.</summary>
    public async IAsyncEnumerable<TeamSetup> InTenantAsync(string tenantId, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var entity in _table.QueryEntitiesAsync(TableFilter.Equal("PartitionKey", TableKeys.Escape(tenantId)), ct: ct))
        {
            yield return FromEntity(new TeamRef(entity.GetString("TenantId")!, entity.GetString("ConversationId")!), entity);
        }
    }

    /// <summary>
    /// Who leads each of the tenant's teams: the one partition, but only the columns that say so, so a tenant of hundreds
    /// of teams is read quickly when only a person's own teams are wanted.
    /// </summary>
    public async IAsyncEnumerable<(TeamRef Team, IReadOnlyList<TeamLeader> Leaders)> LeadersInTenantAsync(string tenantId,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var entity in _table.QueryEntitiesAsync(TableFilter.Equal("PartitionKey", TableKeys.Escape(tenantId)), ["TenantId", "ConversationId", "Leaders"], ct: ct))
        {
            yield return (new TeamRef(entity.GetString("TenantId")!, entity.GetString("ConversationId")!), Leaders(entity));
        }
    }

    private static List<TeamLeader> Leaders(TableEntity e) => JsonSerializer.Deserialize<List<TeamLeader>>(e.GetString("Leaders") ?? "[]") ?? [];

    private static TableEntity ToEntity(TeamSetup s) => new(TableKeys.Escape(s.Team.TenantId), TableKeys.Escape(s.Team.ConversationId))
    {
        ["TenantId"] = s.Team.TenantId,
        ["ConversationId"] = s.Team.ConversationId,
        ["ServiceUrl"] = s.ServiceUrl,
        ["Name"] = s.Name,
        ["BotId"] = s.BotId,
        ["Leaders"] = JsonSerializer.Serialize(s.Leaders),
        ["PulseDay"] = (int)s.PulseDay,
        ["PulseTime"] = s.PulseTime.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
        ["ReminderWorkingDays"] = s.ReminderWorkingDays,
        ["QuestionsPerPulse"] = s.QuestionsPerPulse,
        ["Language"] = s.Language.ToString(),
        ["MinimumGroupSize"] = s.MinimumGroupSize,
        ["SendSummaryToLeaders"] = s.SendSummaryToLeaders,
        ["Groups"] = JsonSerializer.Serialize(s.Groups),
    };

    private static TeamSetup FromEntity(TeamRef team, TableEntity e) => new()
    {
        Team = team,
        ServiceUrl = e.GetString("ServiceUrl")!,
        Name = e.GetString("Name") ?? "",
        BotId = e.GetString("BotId") ?? "",
        Leaders = Leaders(e),
        PulseDay = (DayOfWeek)(e.GetInt32("PulseDay") ?? 1),
        PulseTime = TimeOnly.ParseExact(e.GetString("PulseTime") ?? "09:00", "HH:mm", System.Globalization.CultureInfo.InvariantCulture),
        ReminderWorkingDays = e.GetInt32("ReminderWorkingDays") ?? 2,
        QuestionsPerPulse = e.GetInt32("QuestionsPerPulse") ?? 4,
        Language = Enum.TryParse<Language>(e.GetString("Language"), out var language) ? language : Language.Danish,
        MinimumGroupSize = e.GetInt32("MinimumGroupSize") ?? 5,
        SendSummaryToLeaders = e.GetBoolean("SendSummaryToLeaders") ?? true,
        Groups = JsonSerializer.Deserialize<List<Groups.TeamGroup>>(e.GetString("Groups") ?? "[]") ?? [],
    };
}
