using System.Text.Json.Nodes;
using Azure.Data.Tables;
using TrivselsBot.CheckIns;
using TrivselsBot.Dialogue;
using TrivselsBot.Privacy;
using TrivselsBot.Setup;
using TrivselsBot.Storage;
using TrivselsBot.Testing;

namespace TrivselsBot.Tests.Dialogue;

/// <summary>
/// A team of six on Azurite (k = 5) with a local Bot Connector: member 0 leads; in week 47 members 0-4 answer, members 1,
/// 2 and 3 comment ("Kommentar fra 1" …), and those in <c>optIn</c> tick "må svare mig". The bot of week 48 (Tuesday
/// 10:00) has closed week 47; the leader's chat is "a:leader", member m's own chat "a:m".
/// </summary>
public sealed class DialogueRig : IAsyncDisposable
{
    public static readonly DateTimeOffset Week48 = new(2026, 11, 24, 10, 0, 0, TimeSpan.FromHours(1));
    public const string LeaderChat = "a:leader";
    private readonly Dictionary<string, string?> _tables = BotUnderTest.SharedTables();

    private DialogueRig(RecordingConnector connector, TeamRef team, DateTimeOffset now)
    {
        Connector = connector;
        Team = team;
        Clock = new ShiftedClock(now);
    }

    public RecordingConnector Connector { get; }
    public TeamRef Team { get; }
    public BotUnderTest Bot { get; private set; } = null!;
    public ShiftedClock Clock { get; }

    /// <param name="now">When in week 48 the bot runs (Tuesday 10:00 unless given).</param>
    /// <param name="settings">More settings for the bot of week 48 (the dialogue's limits).</param>
    public static async Task<DialogueRig> StartAsync(AzuriteServer azurite, int answering = 5, DateTimeOffset? now = null, IDictionary<string, string?>? settings = null,
        params int[] optIn)
    {
        var connector = await RecordingConnector.StartAsync();
        connector.AddMembers(6, prefix: Guid.NewGuid().ToString("N")[..8]);
        var rig = new DialogueRig(connector, new TeamRef(TeamsActivities.TenantId, $"19:{Guid.NewGuid():N}@thread.v2"), now ?? Week48);
        await rig.WeekAsync(azurite, answering, optIn);
        var all = new Dictionary<string, string?>(rig._tables);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) all[key] = value;
        rig.Bot = await BotUnderTest.StartAsync(azurite.ConnectionString, all, time: rig.Clock);
        await rig.Bot.Service<IPulseRunner>().RunAsync(rig.Team, rig.Clock.GetUtcNow(), default); // closes week 47
        connector.Calls.Clear();
        return rig;
    }

    public string Id(int i) => Connector.Members[i]["id"]!.GetValue<string>();
    public string Aad(int i) => Connector.Members[i]["aadObjectId"]!.GetValue<string>();
    public static string Chat(int member) => "a:" + member;
    public string Partition => AnswerStore.Partition(Team, new PulsePeriod(2026, 47));

    public Task<HttpResponseMessage> SubmitAsync(JsonObject value, string chat, int member, string replyTo = "card") =>
        Bot.PostActivityAsync(TeamsActivities.Submit(Connector.ServiceUrl, (JsonObject)value.DeepClone(), replyTo, chat, Id(member), Aad(member)));

    /// <summary>The leader's "resumé": the comments card (the card after the summary that names the week's comments).</summary>
    public async Task<JsonObject?> CommentsCardAsync()
    {
        var before = Connector.ActivitiesSent().Count;
        await Bot.PostActivityAsync(TeamsActivities.Message(Connector.ServiceUrl, "resumé", LeaderChat, userId: Id(0), aadObjectId: Aad(0)));
        return Connector.ActivitiesSent().Skip(before).FirstOrDefault(c => c.CardText.Contains("Kommentarer fra uge 47", StringComparison.Ordinal))?.Card;
    }

    /// <summary>Every Action.Submit's data in a card (its own actions and those in the body's action sets).</summary>
    public static List<JsonObject> Actions(JsonObject card)
    {
        var found = new List<JsonObject>();
        void Walk(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject o:
                    if ((string?)o["type"] == "Action.Submit" && o["data"] is JsonObject data) found.Add(data);
                    foreach (var p in o) Walk(p.Value);
                    break;
                case JsonArray a:
                    foreach (var item in a) Walk(item);
                    break;
            }
        }
        Walk(card);
        return found;
    }

    /// <summary>The id of the comment written by <paramref name="member"/> ("Kommentar fra m"), from storage.</summary>
    public async Task<string> CommentIdOfAsync(int member) =>
        (await Bot.Service<AnswerStore>().StoredCommentRowsAsync(Team, new PulsePeriod(2026, 47), default)).Single(c => c.Text == $"Kommentar fra {member}").Id;

    public static JsonObject Reply(JsonObject replyData, string text, bool sign = false)
    {
        var value = (JsonObject)replyData.DeepClone();
        value[DialogueCards.ReplyInputId(replyData[DialogueCards.CommentKey]!.GetValue<string>())] = text;
        value[DialogueCards.SignInputId] = sign ? "true" : "false";
        return value;
    }

    public IReadOnlyList<RecordedCall> SentTo(string chat) =>
        Connector.ActivitiesSent().Where(c => c.Method == "POST" && Uri.UnescapeDataString(c.Path).Contains($"/conversations/{chat}/activities", StringComparison.Ordinal)).ToList();

    public Task<int> DeliverAsync(DateTimeOffset at) => Bot.Service<DialogueDelivery>().DeliverDueAsync(at, default);

    /// <summary>The next batch after now that a message written now goes out with.</summary>
    public DateTimeOffset NextBatch => DeliverySlots.For(Clock.GetUtcNow());

    /// <summary>Every row of every table the bot has: table, keys, ETag and all values as text.</summary>
    public async Task<List<(string Table, TableEntity Row)>> DumpAsync()
    {
        var tables = Bot.Service<PrefixedTableService>();
        var rows = new List<(string, TableEntity)>();
        foreach (var name in BotTables.All)
        {
            await foreach (var row in tables.GetTableClient(name).QueryEntitiesAsync()) rows.Add((name, row));
        }
        return rows;
    }

    /// <summary>A fingerprint of every row except the chats the bot remembers on first contact (the router, not the dialogue, writes those).</summary>
    public async Task<HashSet<string>> SnapshotAsync() =>
        [.. (await DumpAsync()).Where(r => r.Table != TrivselsBot.Teams.ConversationReferences.TableName).Select(r => $"{r.Table}|{r.Row.PartitionKey}|{r.Row.RowKey}|{r.Row.ETag}")];

    private async Task WeekAsync(AzuriteServer azurite, int answering, int[] optIn)
    {
        var tuesday47 = Week48.AddDays(-7);
        await using var bot = await BotUnderTest.StartAsync(azurite.ConnectionString, _tables, time: new ShiftedClock(tuesday47));
        await bot.PostActivityAsync(TeamsActivities.Submit(Connector.ServiceUrl, new JsonObject
        {
            ["action"] = "setup.save", ["leaders"] = Aad(0), ["day"] = "2", ["time"] = "09:00",
            ["reminder"] = "2", ["questions"] = "5", ["language"] = "da", ["k"] = "5", ["summary"] = "no",
        }, "setup-card", Team.ConversationId, Id(0), Aad(0), "groupChat"));
        var before = Connector.ActivitiesSent().Count;
        await bot.Service<IPulseRunner>().RunAsync(Team, tuesday47, default);
        var signer = bot.Service<PulseTicketSigner>();
        var pseudonyms = bot.Service<MemberPseudonym>();
        foreach (var card in Connector.ActivitiesSent().Skip(before).Select(c => c.Card).OfType<JsonObject>().Where(c => c["actions"]?[0]?["data"]?["ticket"] is not null))
        {
            var ticket = card["actions"]![0]!["data"]!["ticket"]!.GetValue<string>();
            Assert.True(signer.TryVerify(ticket, out var verified));
            if (verified.TeamKey != Team.Key) continue;
            var member = Enumerable.Range(0, 6).Single(i => pseudonyms.For(Aad(i)) == verified.RecipientPseudonym);
            if (member >= answering) continue;
            var value = new JsonObject { ["action"] = PulseSubmission.ActionName, ["ticket"] = ticket };
            foreach (var id in verified.QuestionIds) value[PulseSubmission.QuestionInputId(id)] = "4";
            if (member is >= 1 and <= 3) value[PulseSubmission.CommentInputId] = $"Kommentar fra {member}";
            value[PulseSubmission.ReplyOptInInputId] = optIn.Contains(member) ? "true" : "false";
            await bot.PostActivityAsync(TeamsActivities.Submit(Connector.ServiceUrl, value, "card", Chat(member), Id(member), Aad(member)));
        }
        Assert.Equal(answering, (await bot.Service<AnswerStore>().RespondentsAsync(Team, new PulsePeriod(2026, 47), default)).Count);
    }

    public async ValueTask DisposeAsync()
    {
        if (Bot is not null) await Bot.DisposeAsync();
        await Connector.DisposeAsync();
    }
}
