using TrivselsBot.Cards;
using TrivselsBot.Localization;

namespace TrivselsBot.Trio;

/// <summary>The minutes of a TRIO's latest meeting (the latest that had an agenda).</summary>
public sealed class TrioMinutesService(TrioStore store, TimeProvider time)
{
    public async Task<TrioMinutes?> LatestAsync(TrioScope scope, CancellationToken ct) =>
        await store.LatestMeetingAsync(scope.Trio.Team, DateOnly.FromDateTime(Scheduling.Copenhagen.LocalTime(time.GetUtcNow())), ct) is { } meeting
            ? await OfAsync(scope, meeting, ct)
            : null;

    public async Task<TrioMinutes> OfAsync(TrioScope scope, DateOnly meeting, CancellationToken ct) =>
        TrioMinutes.Of(meeting, await store.ItemsAsync(scope.Trio.Team, ct));

    public async Task<AdaptiveCard> CardAsync(TrioScope scope, Language language, CancellationToken ct)
    {
        var name = TrioAgendas.TeamName(scope.Team, language);
        return await LatestAsync(scope, ct) is { } minutes
            ? TrioMinutesCard.Build(language, minutes, scope.Trio.Team.Key, name)
            : new AdaptiveCard([new TextBlock(TrioTexts.For(language).NoMeetingYet)]);
    }
}
