using TrivselsBot.Localization;

namespace TrivselsBot.Setup;

/// <summary>How one team (a Teams team or a group chat) runs its pulse. Written by "opsæt".</summary>
public sealed record TeamSetup
{
    public required TeamRef Team { get; init; }
    public required string ServiceUrl { get; init; }
    /// <summary>The bot's id in this tenant ("28:…"), needed to open 1:1 chats.</summary>
    public required string BotId { get; init; }
    public required IReadOnlyList<TeamLeader> Leaders { get; init; }
    /// <summary>The team's or group chat's name as Teams showed it when the setup was saved; may be empty.</summary>
    public string Name { get; init; } = "";
    public DayOfWeek PulseDay { get; init; } = DayOfWeek.Monday;
    public TimeOnly PulseTime { get; init; } = new(9, 0);
    public int ReminderWorkingDays { get; init; } = 2;
    public int QuestionsPerPulse { get; init; } = 4;
    public Language Language { get; init; } = Language.Danish;
    public int MinimumGroupSize { get; init; } = 5;
    /// <summary>Leaders get the summary 1:1 when a week has closed (they can always ask with "resumé").</summary>
    public bool SendSummaryToLeaders { get; init; } = true;
    /// <summary>Named parts of the team whose answers a leader may see apart, under k and complementary suppression.</summary>
    public IReadOnlyList<Groups.TeamGroup> Groups { get; init; } = [];

    public bool IsLeader(string? aadObjectId) => TeamLeader.Includes(Leaders, aadObjectId);
}

public sealed record TeamLeader(string AadObjectId, string Name)
{
    public static bool Includes(IReadOnlyList<TeamLeader> leaders, string? aadObjectId) =>
        aadObjectId is not null && leaders.Any(l => string.Equals(l.AadObjectId, aadObjectId, StringComparison.OrdinalIgnoreCase));
}

/// <summary>A team or group chat the bot serves. <see cref="ConversationId"/> is the team's General channel or the group chat.</summary>
public sealed record TeamRef(string TenantId, string ConversationId)
{
    /// <summary>Longer is no Teams conversation id: an id that comes back from a card is not looked up beyond this.</summary>
    public const int MaximumConversationIdLength = 200;

    /// <summary>A conversation id from outside (a card, an invoke) that could be a Teams one, and may be looked up or stored.</summary>
    public static bool IsPlausibleConversationId(string? id) => !string.IsNullOrWhiteSpace(id) && id.Length <= MaximumConversationIdLength;

    /// <summary>What of an outside conversation id may go into the audit: the id, cut to a length no real one exceeds.</summary>
    public static string ForAudit(string? id) => string.IsNullOrWhiteSpace(id) ? "-" : id[..Math.Min(id.Length, MaximumConversationIdLength)];

    /// <summary>One string naming the team in table keys and job names.</summary>
    public string Key => Storage.TableKeys.Escape(TenantId) + "|" + Storage.TableKeys.Escape(ConversationId);

    public static TeamRef FromKey(string key)
    {
        var parts = key.Split('|');
        if (parts.Length != 2) throw new FormatException($"'{key}' is not a team key.");
        return new TeamRef(Uri.UnescapeDataString(parts[0]), Uri.UnescapeDataString(parts[1]));
    }
}
