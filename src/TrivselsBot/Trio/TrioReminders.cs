using TrivselsBot.BotConnector;
using TrivselsBot.CheckIns;
using TrivselsBot.CheckIns.Delivery;
using TrivselsBot.Localization;
using TrivselsBot.Scheduling;
using TrivselsBot.Setup;

namespace TrivselsBot.Trio;

/// <summary>
/// The daily run (Monday to Friday, skipping holidays and closed days): each owner of an open action gets one 1:1 message listing their actions due within
/// <see cref="DueSoonWorkingDays"/> working days (once per action) and their overdue ones (at most once a week each).
/// An action is marked reminded under its ETag before the message goes, so two runs never remind twice.
/// </summary>
public sealed class TrioReminders
{
    public const int DueSoonWorkingDays = 2;

    private readonly TrioStore _store;
    private readonly TeamSetupStore _teams;
    private readonly PersonalChatSender _sender;
    private readonly DanishWorkingDays _calendar;
    private readonly TimeProvider _time;
    private readonly ILogger<TrioReminders> _log;

    public TrioReminders(TrioStore store, TeamSetupStore teams, ConnectorClient connector, TeamsRateLimiter limiter, PersonalChats chats,
        DanishWorkingDays calendar, TimeProvider time, ILogger<TrioReminders> log, Graph.TeamsAppInstaller? installer = null)
    {
        _store = store;
        _teams = teams;
        _sender = new PersonalChatSender(connector, limiter, chats, installer, time);
        _calendar = calendar;
        _time = time;
        _log = log;
    }

    /// <returns>How many owners were sent a reminder.</returns>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var now = _time.GetUtcNow();
        var today = DateOnly.FromDateTime(Copenhagen.LocalTime(now));
        // The cron fires Monday to Friday; on a holiday nothing goes out, and the next working day's run covers it.
        if (!_calendar.IsWorkingDay(today)) return 0;
        var sent = 0;
        await foreach (var trio in _store.SetupsAsync(null, ct))
        {
            if (await _teams.GetAsync(trio.Team, ct) is not { } team) continue;
            var claimed = new List<(TrioItem Before, TrioItem Marked)>();
            foreach (var item in await _store.ItemsAsync(trio.Team, ct))
            {
                if (Reminder(item, today, PulsePeriod.Containing(now).ToString(), _calendar) is { } marked && await _store.TryUpdateItemAsync(trio.Team, marked, ct))
                {
                    claimed.Add((item, marked));
                }
            }
            foreach (var owner in claimed.GroupBy(i => (i.Marked.OwnerUserId!, i.Marked.OwnerAadObjectId!, i.Marked.OwnerName ?? "")))
            {
                if (await SendAsync(team, owner.Key, Text(team.Language, [.. owner.Select(i => i.Marked)], today), ct)) sent++;
                else await UnmarkAsync(trio.Team, owner, ct);
            }
        }
        return sent;
    }

    /// <summary>The action marked as reminded now, or null when it needs no reminder today.</summary>
    internal static TrioItem? Reminder(TrioItem item, DateOnly today, string week, DanishWorkingDays calendar)
    {
        if (item.Kind != TrioItemKind.Action || !item.IsOpen || item.Due is not { } due || item.OwnerUserId is null || item.OwnerAadObjectId is null) return null;
        if (due < today) return item.RemindedOverdueWeek == week ? null : item with { RemindedOverdueWeek = week };
        return due <= calendar.After(today, DueSoonWorkingDays) && !item.RemindedDueSoon ? item with { RemindedDueSoon = true } : null;
    }

    /// <summary>A reminder that did not reach its owner is not counted as given, so the next working day tries again.</summary>
    private async Task UnmarkAsync(TeamRef team, IEnumerable<(TrioItem Before, TrioItem Marked)> items, CancellationToken ct)
    {
        foreach (var (before, _) in items)
        {
            if (await _store.GetItemAsync(team, before.Id, ct) is not { } current) continue;
            await _store.TryUpdateItemAsync(team, current with { RemindedDueSoon = before.RemindedDueSoon, RemindedOverdueWeek = before.RemindedOverdueWeek }, ct);
        }
    }

    private static string Text(Language language, IReadOnlyList<TrioItem> items, DateOnly today)
    {
        var t = TrioTexts.For(language);
        return t.ReminderIntro + string.Concat(items.OrderBy(i => i.Due).Select(i => "\n- " + t.ActionLine(i.Text, "", i.Due, i.IsOverdue(today))));
    }

    private async Task<bool> SendAsync(TeamSetup team, (string UserId, string Aad, string Name) owner, string text, CancellationToken ct)
    {
        var message = Activity.CreateMessage(text);
        message.TextFormat = "markdown";
        message.Locale = team.Language == Language.English ? "en-US" : "da-DK";
        var result = await _sender.TryAsync(new FanOutTarget(team.Team.TenantId, team.ServiceUrl, new ChannelAccount { Id = team.BotId }),
            new TeamMember(owner.UserId, owner.Aad, owner.Name), message, _time.GetUtcNow().AddMinutes(5), ct);
        if (result.Status == SendStatus.Sent) return true;
        _log.LogWarning("A TRIO action reminder could not be delivered: {Status} {Error}", result.Status, result.ErrorCode);
        return false;
    }
}
