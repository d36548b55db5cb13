using Microsoft.Extensions.Options;
using Quartz;
using TrivselsBot.Scheduling;
using TrivselsBot.Setup;

namespace TrivselsBot.Trio;

/// <summary>
/// Each TRIO's agenda, on its working day before each meeting, in Copenhagen time (the daily reminder run is
/// <see cref="TrioReminderSchedule"/>). Holidays move the agenda day from meeting to meeting, so the agenda trigger fires once
/// and <see cref="TrioAgendaJob"/> schedules the next meeting's. A TRIO's agenda job sits in its team's Quartz group, so
/// removing the team's schedule removes it too.
/// </summary>
public sealed class TrioSchedules(ISchedulerFactory schedulers, IOptions<TrioOptions> options, DanishWorkingDays calendar, TimeProvider clock)
{
    private const string AgendaName = "trio-agenda";

    /// <summary>Schedules the agenda of the next meeting from today on (a new or changed setup, or a lost trigger).</summary>
    public Task ScheduleAgendaAsync(TrioSetup setup, CancellationToken ct) =>
        ScheduleAgendaFromAsync(setup, DateOnly.FromDateTime(Copenhagen.LocalTime(clock.GetUtcNow())), ct);

    /// <summary>Schedules the agenda of the meeting after <paramref name="meeting"/>, whose agenda just went out.</summary>
    public Task ScheduleAgendaAfterAsync(TrioSetup setup, DateOnly meeting, CancellationToken ct) =>
        ScheduleAgendaFromAsync(setup, meeting.AddDays(1), ct);

    internal static bool IsAgendaTrigger(TriggerKey key) => key.Name == AgendaName;

    private async Task ScheduleAgendaFromAsync(TrioSetup setup, DateOnly from, CancellationToken ct)
    {
        var scheduler = await schedulers.GetScheduler(ct);
        var key = new JobKey(AgendaName, TeamSchedules.Group(setup.Team));
        var job = JobBuilder.Create<TrioAgendaJob>()
            .WithIdentity(key)
            .UsingJobData(TrioAgendaJob.TeamKey, setup.Team.Key)
            .StoreDurably()
            .Build();
        var trigger = TriggerBuilder.Create(clock)
            .WithIdentity(AgendaName, key.Group)
            .ForJob(key)
            .StartAt(AgendaTime(setup, from, options.Value.AgendaTime, calendar))
            .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();
        await scheduler.ScheduleJob(job, [trigger], ScheduleJobOptions.Replacing, ct);
    }

    /// <summary>
    /// When the TRIO's next agenda goes out; null when none is scheduled, or only by the repeating trigger of earlier
    /// versions, which ignored holidays (so <see cref="TrioAgendaScheduleRepair"/> replaces it).
    /// </summary>
    public async Task<DateTimeOffset?> NextAgendaAsync(TeamRef team, CancellationToken ct)
    {
        var scheduler = await schedulers.GetScheduler(ct);
        return (await scheduler.GetTrigger(new TriggerKey(AgendaName, TeamSchedules.Group(team)), ct)) is ISimpleTrigger trigger ? trigger.NextFireTimeUtc : null;
    }

    /// <summary>Sends the TRIO its next meeting's agenda at once, outside its schedule (which it leaves alone).</summary>
    public async Task FireAgendaNowAsync(TeamRef team, CancellationToken ct)
    {
        var scheduler = await schedulers.GetScheduler(ct);
        await scheduler.TriggerJob(new JobKey(AgendaName, TeamSchedules.Group(team)), ct);
    }

    public async Task FireRemindersNowAsync(CancellationToken ct)
    {
        var scheduler = await schedulers.GetScheduler(ct);
        await scheduler.TriggerJob(TrioReminderSchedule.Job, ct);
    }

    /// <summary>
    /// The agenda instant of the first meeting on or after <paramref name="from"/>, but not before the first working day
    /// from <paramref name="from"/> on: days off just before a meeting must not pull its agenda back before the previous
    /// meeting. When that instant has passed (a new setup with a meeting in a day or two), Quartz fires at once, so the
    /// TRIO still gets an agenda before it.
    /// </summary>
    internal static DateTimeOffset AgendaTime(TrioSetup setup, DateOnly from, TimeOnly at, DanishWorkingDays calendar)
    {
        var agendaDay = setup.AgendaDay(setup.NextMeetingOnOrAfter(from), calendar);
        var earliest = calendar.After(from, 0);
        return Copenhagen.Instant((agendaDay > earliest ? agendaDay : earliest).ToDateTime(at));
    }
}
