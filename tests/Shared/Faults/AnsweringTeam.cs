using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json.Nodes;
using TrivselsBot.CheckIns;
using TrivselsBot.Privacy;
using TrivselsBot.Setup;

namespace TrivselsBot.Testing.Faults;

/// <summary>
/// A team set up in a <see cref="BotProcess"/> through its own cards and sent this week's pulse by the bot's own fan-out
/// (POST /local/pulse-now), so every member holds a real signed card to answer. Member 0 is the leader.
/// The bot answers a submit within the request, so once the HTTP answer is back its reply is in <see cref="Replies"/>.
/// </summary>
public sealed class AnsweringTeam
{
    private readonly Dictionary<string, int> _memberByPseudonym;
    private readonly Lock _sorting = new();
    private int _attempts;

    private AnsweringTeam(BotProcess bot, RecordingConnector connector, string chat, string prefix)
    {
        Bot = bot;
        Connector = connector;
        Chat = chat;
        Prefix = prefix;
        Pseudonyms = new MemberPseudonym(Convert.FromBase64String(TestSecrets.Pseudonym));
        Signer = new PulseTicketSigner(Convert.FromBase64String(TestSecrets.CardSigning));
        _memberByPseudonym = Enumerable.Range(0, connector.Members.Count).ToDictionary(i => Pseudonyms.For(Aad(i)));
    }

    public BotProcess Bot { get; }
    public RecordingConnector Connector { get; }
    public string Chat { get; }
    public string Prefix { get; }
    public TeamRef Team => new(TeamsActivities.TenantId, Chat);

    /// <summary>How long the setup and the fan-out took.</summary>
    public TimeSpan StartedIn { get; private set; }
    public MemberPseudonym Pseudonyms { get; }
    public PulseTicketSigner Signer { get; }

    /// <summary>Each member's pulse card ticket (the leader's own leader-pulse card left out).</summary>
    public Dictionary<int, PulseCardTicket> Tickets { get; } = [];

    /// <summary>What the bot sent to the connector, by the last segment of the path: the replied-to activity id or the replaced card's id.</summary>
    public ConcurrentDictionary<string, ConcurrentQueue<RecordedCall>> Replies { get; } = new(StringComparer.Ordinal);

    public string UserId(int member) => Connector.Members[member]["id"]!.GetValue<string>();
    public string Aad(int member) => Connector.Members[member]["aadObjectId"]!.GetValue<string>();
    public static string PersonalChat(int member) => $"a:chat-{member}";

    /// <summary>
    /// The bot process's settings for a team that answers: the recording connector has no Teams limits, so the fan-out's
    /// are lifted and every member holds a card before the answers start.
    /// </summary>
    public static Dictionary<string, string?> BotSettings(string tablesConnectionString, string prefix)
    {
        var settings = BotProcess.Settings(tablesConnectionString, prefix);
        settings["Delivery:TenantRequestsPerSecond"] = "10000";
        settings["Delivery:ConversationRequestsPerSecond"] = "100";
        settings["Delivery:MaxParallelSends"] = "64";
        return settings;
    }

    /// <summary>Sets the team up (k = 5, 5 questions) with the leader's card and waits until the bot's fan-out reached every member.</summary>
    public static async Task<AnsweringTeam> StartAsync(BotProcess bot, RecordingConnector connector, int members, string prefix)
    {
        var waited = Stopwatch.StartNew();
        connector.AddMembers(members, prefix);
        var team = new AnsweringTeam(bot, connector, $"19:{prefix}@thread.v2", prefix);
        var setup = new JsonObject
        {
            ["action"] = "setup.save", ["leaders"] = team.Aad(0), ["day"] = "1", ["time"] = "09:00",
            ["reminder"] = "2", ["questions"] = "5", ["language"] = "da", ["k"] = "5",
        };
        using (var saved = await bot.PostActivityAsync(TeamsActivities.Submit(connector.ServiceUrl, setup, "setup-card", team.Chat, team.UserId(0), team.Aad(0), "groupChat")))
        {
            saved.EnsureSuccessStatusCode();
        }
        await bot.FirePulseAsync(TeamsActivities.TenantId, team.Chat);
        while (team.CollectTickets() < members)
        {
            if (waited.Elapsed > TimeSpan.FromSeconds(120)) throw new TimeoutException($"The fan-out reached {team.Tickets.Count} of {members} members in 120 s.");
            await Task.Delay(250);
        }
        connector.Calls.Clear();
        team.StartedIn = waited.Elapsed;
        return team;
    }

    /// <summary>A member's answer as Teams sends it when "Send" is clicked: every question scored, a comment. A new activity id and card id per call.</summary>
    public (JsonObject Activity, string ActivityId, string CardId) Answer(int member, Random random, string? ticket = null)
    {
        var card = Tickets[member];
        var value = new JsonObject { ["action"] = PulseSubmission.ActionName, ["ticket"] = ticket ?? card.Ticket, ["comment"] = "Travl uge, men god stemning." };
        foreach (var id in card.QuestionIds) value[PulseSubmission.QuestionInputId(id)] = random.Next(1, 6).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var cardId = $"card-{member}-{Interlocked.Increment(ref _attempts)}";
        var activity = TeamsActivities.Submit(Connector.ServiceUrl, value, cardId, PersonalChat(member), UserId(member), Aad(member));
        return (activity, activity["id"]!.GetValue<string>(), cardId);
    }

    /// <summary>Moves what the connector recorded into <see cref="Replies"/>; call after each HTTP answer before reading a reply.</summary>
    public void SortReplies()
    {
        // Under a lock: a call taken from the queue by one sender must be in Replies before another sender looks for it.
        lock (_sorting)
        {
            while (Connector.Calls.TryDequeue(out var call))
            {
                var key = Uri.UnescapeDataString(call.Path[(call.Path.LastIndexOf('/') + 1)..]);
                Replies.GetOrAdd(key, _ => new ConcurrentQueue<RecordedCall>()).Enqueue(call);
            }
        }
    }

    /// <summary>The bot's answer to one submit: the replaced card or the reply to the activity, as one text; "" when none came.</summary>
    public string ReplyTo(string activityId, string cardId)
    {
        lock (_sorting)
        {
            SortReplies();
            var calls = (Replies.TryGetValue(cardId, out var replaced) ? replaced : []).Concat(Replies.TryGetValue(activityId, out var replied) ? replied : []);
            return string.Join("\n", calls.Select(c => c.Text + "\n" + c.CardText));
        }
    }

    private int CollectTickets()
    {
        foreach (var call in Connector.Calls.ToArray())
        {
            if (call.Card?["actions"]?[0]?["data"]?["ticket"]?.GetValue<string>() is not { } ticket) continue;
            if (!Signer.TryVerify(ticket, out var verified) || verified.TeamKey != Team.Key) continue;
            Tickets[_memberByPseudonym[verified.RecipientPseudonym]] = new PulseCardTicket(ticket, verified.QuestionIds, verified.Period);
        }
        return Tickets.Count;
    }
}

public sealed record PulseCardTicket(string Ticket, IReadOnlyList<string> QuestionIds, PulsePeriod Period);
