using System.Security.Cryptography;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TrivselsBot.BotConnector;
using TrivselsBot.CheckIns;
using TrivselsBot.CheckIns.Delivery;
using TrivselsBot.Graph;
using TrivselsBot.Privacy;
using TrivselsBot.Setup;
using Azure.Data.Tables;
using TrivselsBot.Storage;
using TrivselsBot.Testing;

namespace TrivselsBot.Tests.CheckIns.Delivery;

/// <summary>
/// Real delivery against the shared Azurite, for a tenant and team of its own (the team's id holds characters tables
/// refuse in keys). Each <see cref="NewInstance"/> is what a separate bot instance would have: its own rate limiter.
/// </summary>
public sealed class DeliveryRig
{
    public static readonly PulsePeriod Week = new(2026, 48);
    public static readonly ChannelAccount Bot = new() { Id = TeamsActivities.BotId, Name = "TrivselsBot" };

    private static readonly HttpClient Http = new();
    private readonly string _id = Guid.NewGuid().ToString("N");

    private DeliveryRig(PrefixedTableService tables)
    {
        Tables = tables;
        Pseudonyms = new MemberPseudonym(RandomNumberGenerator.GetBytes(32));
        Chats = new PersonalChats(tables, Pseudonyms);
        Sends = new SendRecords(tables);
        Team = new TeamRef("tenant-" + _id, $"19:{_id}/general#1?x@thread.tacv2");
    }

    public PrefixedTableService Tables { get; }
    public MemberPseudonym Pseudonyms { get; }
    public PersonalChats Chats { get; }
    public SendRecords Sends { get; }
    public TeamRef Team { get; }

    public static async Task<DeliveryRig> CreateAsync(AzuriteServer azurite)
    {
        var tables = PrefixedTableService.FromConnectionString(azurite.ConnectionString);
        foreach (var table in DeliveryTables.All) await tables.GetTableClient(table).CreateIfNotExistsAsync();
        return new DeliveryRig(tables);
    }

    /// <summary>Fast unless told otherwise: a high tenant rate and short retry waits.</summary>
    public static DeliveryOptions Options(int tenantRequestsPerSecond = 1000, int maxAttempts = 3, int maxParallelSends = 8) => new()
    {
        TenantRequestsPerSecond = tenantRequestsPerSecond,
        MaxAttempts = maxAttempts,
        MaxParallelSends = maxParallelSends,
        RetryDelay = TimeSpan.FromMilliseconds(10),
    };

    public PulseDelivery NewInstance(DeliveryOptions? options = null, TeamsAppInstaller? installer = null)
    {
        var wrapped = Microsoft.Extensions.Options.Options.Create(options ?? Options());
        return new PulseDelivery(
            new ConnectorClient(Http, new AnonymousConnectorTokenProvider(), new ConnectorClientOptions { MaxRetries = 0 }, TimeProvider.System),
            new TeamsRateLimiter(wrapped, TimeProvider.System), Chats, Sends, Pseudonyms, wrapped, TimeProvider.System,
            NullLogger<PulseDelivery>.Instance, installer);
    }

    public IReadOnlyList<TeamMember> Members(int count) =>
        Enumerable.Range(1, count).Select(i => new TeamMember($"29:{_id}-{i}", $"aad-{_id}-{i}", $"Medarbejder {i}")).ToList();

    /// <summary>A card naming its recipient, so a connector that records bodies can tell who got what.</summary>
    public static Activity CardFor(TeamMember member) => Activity.CreateMessage("Ugens puls til " + member.UserId);

    public Task<FanOutReport> DeliverAsync(PulseDelivery delivery, string serviceUrl, IReadOnlyList<TeamMember> members,
        PulsePeriod? period = null, DeliveryKind kind = DeliveryKind.Pulse, CancellationToken ct = default) =>
        delivery.DeliverAsync(Team, period ?? Week, kind, serviceUrl, Bot, members, CardFor, ct);

    public async Task<SendRecord> RecordOf(TeamMember member, PulsePeriod? period = null, DeliveryKind kind = DeliveryKind.Pulse) =>
        (await Sends.LoadAsync(SendRecords.Partition(Team, period ?? Week, kind), default))[Pseudonyms.For(member.AadObjectId)];
}
