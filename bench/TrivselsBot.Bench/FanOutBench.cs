using System.Security.Cryptography;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TrivselsBot.BotConnector;
using TrivselsBot.CheckIns;
using TrivselsBot.CheckIns.Delivery;
using TrivselsBot.Privacy;
using TrivselsBot.Setup;
using Azure.Data.Tables;
using TrivselsBot.Storage;
using TrivselsBot.Testing;

namespace TrivselsBot.Bench;

/// <summary>
/// A pulse fanned out 1:1 to a large team on real Azurite, through a local Bot Connector that enforces Teams' limits with
/// 429s: how close the delivery gets to the tenant's rate limit, and whether anyone got no card or two.
/// "new" = nobody has a personal chat yet (2 requests each); "stored" = every chat is remembered (1 request each).
/// </summary>
public static class FanOutBench
{
    private static readonly PulsePeriod Warmup = new(2026, 47);
    private static readonly PulsePeriod Measured = new(2026, 48);
    private static readonly TeamRef Team = new("bench-tenant", "19:bench-general@thread.tacv2");
    private static readonly ChannelAccount Bot = new() { Id = "28:trivselsbot", Name = "TrivselsBot" };
    private static readonly HttpClient Http = new();

    public static async Task RunAsync(int members, int tenantRate, string chats, int parallel)
    {
        using var azurite = await AzuriteProcess.StartAsync();
        await using var teams = await TeamsLimitsConnector.StartAsync(int.MaxValue);
        var tables = PrefixedTableService.FromConnectionString(azurite.ConnectionString);
        foreach (var table in DeliveryTables.All) await tables.GetTableClient(table).CreateIfNotExistsAsync();
        var pseudonyms = new MemberPseudonym(RandomNumberGenerator.GetBytes(32));
        var roster = Enumerable.Range(1, members).Select(i => new TeamMember($"29:bench-{i}", Guid.NewGuid().ToString(), $"Medarbejder {i}")).ToList();

        // Warm-up without limits: JIT, connections, table partitions; for "stored" it also creates and remembers every chat.
        var warmupRoster = chats == "stored" ? roster : Enumerable.Range(1, 200).Select(i => new TeamMember($"29:warm-{i}", Guid.NewGuid().ToString(), "")).ToList();
        await Delivery(tables, pseudonyms, 1_000_000, parallel).DeliverAsync(Team, Warmup, DeliveryKind.Pulse, teams.ServiceUrl, Bot, warmupRoster, Card, default);
        await Task.Delay(TimeSpan.FromSeconds(1.5)); // let the warm-up leave the connector's sliding windows
        teams.ClearCounts();
        teams.TenantRequestsPerSecond = tenantRate;

        var report = await Delivery(tables, pseudonyms, tenantRate, parallel).DeliverAsync(Team, Measured, DeliveryKind.Pulse, teams.ServiceUrl, Bot, roster, Card, default);

        var accepted = teams.Requests.Count(r => r.Status is >= 200 and < 300);
        var floor = accepted / (double)tenantRate;
        var lost = roster.Count(m => teams.CardsTo(m.UserId) == 0);
        var duplicates = roster.Count(m => teams.CardsTo(m.UserId) > 1);
        Console.WriteLine($"fan-out to {members} members, {chats} personal chats, tenant limit {tenantRate}/s, {parallel} in parallel");
        Console.WriteLine($"  time: {report.Elapsed.TotalSeconds:F1} s   floor: {floor:F1} s ({accepted} requests / {tenantRate} per s)   achieved: {100 * floor / report.Elapsed.TotalSeconds:F1} % of the limit");
        Console.WriteLine($"  429s received: {teams.Throttled}   lost: {lost}   duplicates: {duplicates}");
        Console.WriteLine($"  report: {report.Sent} sent, {report.Unreachable} unreachable, {report.Failed} failed, {report.ClaimedElsewhere} claimed elsewhere, {report.NotInstalled} app not installable");
    }

    private static PulseDelivery Delivery(PrefixedTableService tables, MemberPseudonym pseudonyms, int tenantRate, int parallel)
    {
        var options = Options.Create(new DeliveryOptions { TenantRequestsPerSecond = tenantRate, MaxParallelSends = parallel });
        return new PulseDelivery(
            new ConnectorClient(Http, new AnonymousConnectorTokenProvider(), new ConnectorClientOptions { MaxRetries = 0 }, TimeProvider.System),
            new TeamsRateLimiter(options, TimeProvider.System), new PersonalChats(tables, pseudonyms), new SendRecords(tables), pseudonyms,
            options, TimeProvider.System, NullLogger<PulseDelivery>.Instance);
    }

    private static Activity Card(TeamMember member) => Activity.CreateMessage($"Hej {member.Name}, hvordan har du det i denne uge?");
}
