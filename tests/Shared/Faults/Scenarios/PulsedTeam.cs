using System.Text.Json.Nodes;
using TrivselsBot.CheckIns;
using TrivselsBot.CheckIns.Delivery;
using TrivselsBot.Privacy;
using TrivselsBot.Setup;
using TrivselsBot.Storage;

namespace TrivselsBot.Testing.Faults.Scenarios;

/// <summary>
/// A team of many members in a local Teams (<see cref="TeamsLimitsConnector"/>), set up through its setup card on a bot
/// process as a team owner would, so that the bot pulses it; and what reached whom. Only this team's pulse cards count:
/// a card whose signed ticket names this team and the person it was sent to (the leaders' own pulse names another key;
/// the week's reminder carries the same ticket but is not due until two working days later).
/// </summary>
public sealed class PulsedTeam
{
    private readonly PulseTicketSigner _signer = new(Convert.FromBase64String(TestSecrets.CardSigning));
    private readonly Dictionary<string, string> _pseudonymOfUser;
    private int _wrongRecipient;

    private PulsedTeam(TeamRef team, IReadOnlyList<JsonObject> members)
    {
        Team = team;
        Members = members;
        var pseudonyms = new MemberPseudonym(Convert.FromBase64String(TestSecrets.Pseudonym));
        _pseudonymOfUser = members.ToDictionary(m => Id(m), m => pseudonyms.For(m["aadObjectId"]!.GetValue<string>()), StringComparer.Ordinal);
    }

    public TeamRef Team { get; }

    /// <summary>The roster; the first member is the team's owner and its leader.</summary>
    public IReadOnlyList<JsonObject> Members { get; }

    /// <summary>Cards of this team that reached someone else than the member their ticket names (never expected).</summary>
    public int WrongRecipient => Volatile.Read(ref _wrongRecipient);

    /// <summary>Adds a team of <paramref name="size"/> members to <paramref name="teams"/>, which from now on counts only its pulse cards.</summary>
    public static PulsedTeam AddTo(TeamsLimitsConnector teams, int size)
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var members = Enumerable.Range(0, size).Select(i => new JsonObject
        {
            ["id"] = $"29:{tag}-{i}",
            ["aadObjectId"] = Guid.NewGuid().ToString(),
            ["name"] = $"Medarbejder {i}",
            ["givenName"] = "Medarbejder",
            ["surname"] = i.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["userRole"] = i == 0 ? "owner" : "user",
            ["tenantId"] = TeamsActivities.TenantId,
        }).ToList();
        var team = new PulsedTeam(new TeamRef(TeamsActivities.TenantId, $"19:{tag}@thread.tacv2"), members);
        teams.AddTeam(team.Team.ConversationId, "Bostedet Lyngly", members);
        teams.CountsAsCard = team.IsPulseCardFor;
        return team;
    }

    /// <summary>The owner saves the setup card in the team's General channel; the bot's HTTP status is returned.</summary>
    public async Task<int> SetUpAsync(BotProcess bot, string serviceUrl)
    {
        var owner = Members[0];
        var submit = TeamsActivities.Submit(serviceUrl, new JsonObject
        {
            ["action"] = "setup.save", ["leaders"] = owner["aadObjectId"]!.GetValue<string>(), ["day"] = "1", ["time"] = "09:00",
            ["reminder"] = "2", ["questions"] = "3", ["language"] = "da", ["k"] = "3",
        }, "setup-card", Team.ConversationId, Id(owner), owner["aadObjectId"]!.GetValue<string>(), "channel");
        submit["channelData"]!["team"] = new JsonObject { ["id"] = Team.ConversationId, ["name"] = "Bostedet Lyngly" };
        using var response = await bot.PostActivityAsync(submit);
        return (int)response.StatusCode;
    }

    /// <summary>Fires the team's pulse at once through the bot's local endpoint; the bot's HTTP status is returned (202: fired).</summary>
    public async Task<int> FireAsync(BotProcess bot)
    {
        using var response = await bot.Http.PostAsync(
            $"local/pulse-now?tenant={Uri.EscapeDataString(Team.TenantId)}&conversation={Uri.EscapeDataString(Team.ConversationId)}", null);
        return (int)response.StatusCode;
    }

    /// <summary>Waits until at least <paramref name="cards"/> of this team's pulse cards have arrived.</summary>
    public async Task WaitForCardsAsync(TeamsLimitsConnector teams, int cards, TimeSpan timeout, CancellationToken ct)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        while (Count(teams).Cards < cards)
        {
            if (DateTimeOffset.UtcNow > deadline) throw new TimeoutException($"Fewer than {cards} pulse cards arrived within {timeout}.");
            await Task.Delay(10, ct);
        }
    }

    /// <summary>Sent and lost as counted at the connector: each member should have exactly one card.</summary>
    public FanOutCount Count(TeamsLimitsConnector teams)
    {
        var cards = Members.Select(m => teams.CardsTo(Id(m))).ToList();
        return new FanOutCount(Members.Count, cards.Sum(), cards.Count(c => c == 0), cards.Sum(c => Math.Max(0, c - 1)));
    }

    /// <summary>The bot's delivery rows of this team's pulse (every week it has), read from the tables the bot uses.</summary>
    public async Task<IReadOnlyList<SendRecord>> DeliveryRowsAsync(string tablesConnectionString, string tablePrefix)
    {
        var rows = new List<SendRecord>();
        var tables = PrefixedTableService.FromConnectionString(tablesConnectionString, tablePrefix);
        var sends = new SendRecords(tables);
        foreach (var period in new[] { PulsePeriod.Containing(DateTimeOffset.UtcNow.AddHours(-1)), PulsePeriod.Containing(DateTimeOffset.UtcNow) }.Distinct())
        {
            try
            {
                rows.AddRange((await sends.LoadAsync(SendRecords.Partition(Team, period, DeliveryKind.Pulse), default)).Values);
            }
            catch (Azure.RequestFailedException e) when (e.Status == 404)
            {
                // The table does not exist before the bot's first delivery.
            }
        }
        return rows;
    }

    /// <summary>
    /// Waits until every member's delivery is decided (a row each, none still Sending), firing the pulse again through
    /// <paramref name="resume"/> once claims left by a killed sender are stale (the product's own resume comes a minute
    /// later still). Returns how many times it had to fire.
    /// </summary>
    public async Task<int> WaitUntilDeliveredAsync(string tablesConnectionString, string tablePrefix, TimeSpan staleClaimAfter,
        Func<Task> resume, TimeSpan timeout, CancellationToken ct)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        var resumes = 0;
        var lastResume = DateTimeOffset.MinValue;
        while (true)
        {
            var rows = await DeliveryRowsAsync(tablesConnectionString, tablePrefix);
            var sending = rows.Where(r => r.Status == SendStatus.Sending).ToList();
            if (rows.Count >= Members.Count && sending.Count == 0) return resumes;
            var now = DateTimeOffset.UtcNow;
            if (now > deadline) throw new TimeoutException($"The pulse did not reach a decision for every member within {timeout}: {rows.Count} rows, {sending.Count} still sending.");
            // Only claims untouched for longer than the stale time belong to a dead sender; a live run keeps its own fresh.
            if (sending.Count > 0 && sending.All(r => now - r.ClaimedAt > staleClaimAfter + TimeSpan.FromSeconds(2)) && now - lastResume > TimeSpan.FromSeconds(20))
            {
                await resume();
                resumes++;
                lastResume = now;
            }
            await Task.Delay(TimeSpan.FromMilliseconds(500), ct);
        }
    }

    private bool IsPulseCardFor(string userId, JsonNode? activity)
    {
        var ticket = activity?["attachments"]?[0]?["content"]?["actions"]?[0]?["data"]?["ticket"]?.GetValue<string>();
        if (!_signer.TryVerify(ticket, out var verified) || verified.TeamKey != Team.Key) return false;
        if (_pseudonymOfUser.GetValueOrDefault(userId) == verified.RecipientPseudonym) return true;
        Interlocked.Increment(ref _wrongRecipient);
        return false;
    }

    private static string Id(JsonObject member) => member["id"]!.GetValue<string>();
}

/// <summary>What reached a team: <see cref="Lost"/> members got no card, <see cref="Duplicates"/> cards beyond one each.</summary>
public sealed record FanOutCount(int Members, int Cards, int Lost, int Duplicates);
