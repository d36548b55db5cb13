using TrivselsBot.CheckIns;
using TrivselsBot.CheckIns.Delivery;
using TrivselsBot.Setup;
using TrivselsBot.Storage;
using TrivselsBot.Summaries;
using TrivselsBot.Teams;

namespace TrivselsBot.Administration;

/// <summary>How a table holds a team's data. Erasure and retention act on a table only through this.</summary>
public enum TeamKeying
{
    /// <summary>Partition = team key | period (| kind): answers, comments, inbox, participation, send records, CSV file cards.</summary>
    TeamPeriodPartitions,

    /// <summary>Partition = team key: pulse runs, aggregates, group aggregates and sent-summary marks (row = period), the TRIO (setup, items, meetings).</summary>
    TeamPartition,

    /// <summary>Partition = tenant, row = the team's conversation id; its store deletes it.</summary>
    TeamRowInTenant,

    /// <summary>Partition = tenant | period, row = the team's conversation id: the organisation roll-up's index of aggregates.</summary>
    TeamRowsInTenantPeriods,

    /// <summary>Partition = tenant, row = the team's conversation id | more: the TRIO's index of setups and items sent to MED.</summary>
    TeamRowsInTenant,

    /// <summary>Partition = tenant, row = a member's pseudonym, shared by all the member's teams.</summary>
    MemberRows,

    /// <summary>The audit trail: kept, with the team's id replaced by the erasure's random id.</summary>
    AuditTrail,

    /// <summary>Erasures under way; a row is removed when its erasure finishes.</summary>
    ErasureMarkers,
}

public static class TeamDataMap
{
    /// <summary>Every table of <see cref="Storage.BotTables.All"/> (a test holds them equal), and how it holds a team's data.</summary>
    public static IReadOnlyDictionary<string, TeamKeying> Tables { get; } = new Dictionary<string, TeamKeying>(StringComparer.Ordinal)
    {
        [AnswerStore.AnswersTable] = TeamKeying.TeamPeriodPartitions,
        [AnswerStore.CommentsTable] = TeamKeying.TeamPeriodPartitions,
        [AnswerStore.InboxTable] = TeamKeying.TeamPeriodPartitions,
        [AnswerStore.ParticipationTable] = TeamKeying.TeamPeriodPartitions,
        [SendRecords.TableName] = TeamKeying.TeamPeriodPartitions,
        [CsvConsents.TableName] = TeamKeying.TeamPeriodPartitions,
        [Dialogue.DialogueStore.HandlesTable] = TeamKeying.TeamPeriodPartitions,
        [Dialogue.DialogueStore.ThreadsTable] = TeamKeying.TeamPeriodPartitions,
        [Dialogue.DialogueStore.OutboxTable] = TeamKeying.TeamPeriodPartitions,
        [PulseRuns.TableName] = TeamKeying.TeamPartition,
        [AmrContact.AmrRequests.TableName] = TeamKeying.TeamPartition,
        [AggregateStore.TableName] = TeamKeying.TeamPartition,
        [AggregateStore.ByTenantTableName] = TeamKeying.TeamRowsInTenantPeriods,
        [Groups.GroupAggregateStore.TableName] = TeamKeying.TeamPartition,
        [LeaderSummaryMarks.TableName] = TeamKeying.TeamPartition,
        [Trio.TrioStore.TableName] = TeamKeying.TeamPartition,
        [Trio.TrioStore.IndexTableName] = TeamKeying.TeamRowsInTenant,
        [TeamSetupStore.TableName] = TeamKeying.TeamRowInTenant,
        [ConversationReferences.TableName] = TeamKeying.TeamRowInTenant,
        [PersonalChats.TableName] = TeamKeying.MemberRows,
        [PausedMembers.TableName] = TeamKeying.MemberRows,
        [SummaryAudit.TableName] = TeamKeying.AuditTrail,
        [ErasureMarkers.TableName] = TeamKeying.ErasureMarkers,
    };

    public static IEnumerable<string> Keyed(TeamKeying keying) => Tables.Where(t => t.Value == keying).Select(t => t.Key);

    /// <summary>Every partition of a <see cref="TeamKeying.TeamPeriodPartitions"/> table that belongs to the team starts with this.</summary>
    public static string PeriodPartitionPrefix(TeamRef team) => team.Key + "|";

    /// <summary>Every row of a <see cref="TeamKeying.TeamRowsInTenant"/> table that belongs to the team starts with this.</summary>
    public static string TeamRowPrefix(TeamRef team) => TableKeys.Escape(team.ConversationId) + "|";

    /// <summary>The period of a <see cref="TeamKeying.TeamPeriodPartitions"/> partition ("tenant|team|2026-W48|pulse").</summary>
    public static bool TryReadPeriod(string partition, out PulsePeriod period)
    {
        var parts = partition.Split('|');
        period = default;
        return parts.Length >= 3 && PulsePeriod.TryParse(parts[2], out period);
    }
}
