using TrivselsBot.Scheduling;
using TrivselsBot.Setup;

namespace TrivselsBot.Trio;

/// <summary>A team's TRIO (leder, TR, AMR; several of each allowed) and how it meets. Written by "trio opsæt".</summary>
public sealed record TrioSetup
{
    public required TeamRef Team { get; init; }
    public required IReadOnlyList<TrioMember> Members { get; init; }
    public DayOfWeek MeetingDay { get; init; } = DayOfWeek.Tuesday;
    public TimeOnly MeetingTime { get; init; } = new(10, 0);
    /// <summary>Every this many weeks; 2 is the "hver 14. dag" of the source documents.</summary>
    public int IntervalWeeks { get; init; } = 2;
    /// <summary>The first meeting of the cadence; later ones follow every <see cref="IntervalWeeks"/> weeks.</summary>
    public required DateOnly FirstMeeting { get; init; }
    public int AgendaWorkingDaysBefore { get; init; } = 2;
    public TrioDestination Destination { get; init; } = TrioDestination.Personal;
    /// <summary>The TRIO's own group chat, when <see cref="Destination"/> is <see cref="TrioDestination.GroupChat"/>.</summary>
    public string? ChatConversationId { get; init; }
    /// <summary>When the årshjul's tracked items (APV, trivselsmåling) were last done, by item id.</summary>
    public IReadOnlyDictionary<string, DateOnly> LastDone { get; init; } = new Dictionary<string, DateOnly>();

    public TrioMember? Member(string? aadObjectId) =>
        aadObjectId is null ? null : Members.FirstOrDefault(m => string.Equals(m.AadObjectId, aadObjectId, StringComparison.OrdinalIgnoreCase));

    public bool IsMember(string? aadObjectId) => Member(aadObjectId) is not null;

    /// <summary>The meeting on or after <paramref name="day"/> in the cadence.</summary>
    public DateOnly NextMeetingOnOrAfter(DateOnly day)
    {
        var step = 7 * IntervalWeeks;
        if (day <= FirstMeeting) return FirstMeeting;
        var steps = (day.DayNumber - FirstMeeting.DayNumber + step - 1) / step;
        return FirstMeeting.AddDays(steps * step);
    }

    /// <summary>The day the agenda for the meeting on <paramref name="meeting"/> is due: counted back over days off.</summary>
    public DateOnly AgendaDay(DateOnly meeting, DanishWorkingDays calendar) => calendar.Before(meeting, AgendaWorkingDaysBefore);
}

public sealed record TrioMember(string AadObjectId, string UserId, string Name, IReadOnlyList<TrioRole> Roles);

public enum TrioRole { Leder, TR, AMR }

/// <summary>Where agendas go: 1:1 to each member, or the group chat the TRIO was set up in (everyone in it is a TRIO member).</summary>
public enum TrioDestination { Personal, GroupChat }
