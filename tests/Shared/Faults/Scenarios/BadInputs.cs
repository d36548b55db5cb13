using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using TrivselsBot.CheckIns;

namespace TrivselsBot.Testing.Faults.Scenarios;

public enum BadInputKind
{
    MalformedJson,
    WrongTypes,
    HugeFields,
    ForgedTicket,
    ReplayedTicket,
    UnknownAction,
    GarbageCardData,
    GarbageInvoke,
    WrongContentType,
    DeepNesting,
}

/// <summary>One fuzzed request body for POST /api/messages.</summary>
public sealed record BadInput(BadInputKind Kind, string Body, string ContentType = "application/json");

/// <summary>
/// Fuzzed activities and card submissions from a seeded generator, so a run repeats. Every input is sent by one of the
/// <see cref="Senders"/> (members who are not the leader) in their own, already known, chat: an input may be malformed
/// or dishonest in every other way, but none is a valid answer, a valid setup, or news of a conversation the bot has not
/// heard of, so none may change a stored row. Replays re-send the answers in <see cref="Answered"/> (already stored).
/// </summary>
public sealed class BadInputs(AnsweringTeam team, IReadOnlyList<int> senders, IReadOnlyList<int> answered, int seed)
{
    private static readonly string[] KnownActions =
    [
        "setup.save", "groups.save", "trio.setup.save", "trio.point", "trio.action", "summary.team", "summary.csv", "amr.yes", "amr.no",
        "dialogue.reply", "dialogue.answer", "dialogue.close", "dialogue.block", "erasure.confirm", "erasure.cancel",
    ];
    private static readonly string[] CardInputNames =
        ["leaders", "day", "time", "k", "questions", "language", "groups", "team", "seal", "handle", "thread", "text", "owner", "due", "id", "itemId", "context"];
    private static readonly string[] InvokeNames = ["fileConsent/invoke", "adaptiveCard/action", "composeExtension/query", "task/fetch", "signin/verifyState", "", "x"];
    private static readonly string[] ContentTypes = ["text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/octet-stream", "image/png"];
    private readonly Random _random = new(seed);
    private readonly PulseTicketSigner _otherKey = new(RandomNumberGenerator.GetBytes(32));
    private BadInputKind _kind;

    public IReadOnlyList<int> Senders => senders;
    public IReadOnlyList<int> Answered => answered;

    /// <summary>The card id every submit of this kind replies to, so the bot's answers can be told apart by kind.</summary>
    public static string CardIdOf(BadInputKind kind) => "card-fuzz-" + kind;

    private string CardId => CardIdOf(_kind);

    public BadInput Next(BadInputKind kind)
    {
        _kind = kind;
        return Generate(kind);
    }

    private BadInput Generate(BadInputKind kind) => kind switch
    {
        BadInputKind.MalformedJson => new(kind, Malformed()),
        BadInputKind.WrongTypes => new(kind, WrongTypes()),
        BadInputKind.HugeFields => new(kind, Huge()),
        BadInputKind.ForgedTicket => new(kind, Forged(Sender())),
        BadInputKind.ReplayedTicket => new(kind, Replay()),
        BadInputKind.UnknownAction => new(kind, Submit(Sender(), UnknownAction()).ToJsonString()),
        BadInputKind.GarbageCardData => new(kind, Submit(Sender(), GarbageFor(Pick(KnownActions))).ToJsonString()),
        BadInputKind.GarbageInvoke => new(kind, Invoke()),
        BadInputKind.WrongContentType => WrongContentType(),
        BadInputKind.DeepNesting => new(kind, Deep()),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private int Sender() => Pick(senders);

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private string Junk(int length)
    {
        const string Alphabet = "abcæøåÆØÅ0123456789 {}[]\":,\\/<>&%$#@!?'\n\t\u0000\u200b\ud83d\ude00";
        var text = new StringBuilder(length);
        while (text.Length < length) text.Append(Alphabet[_random.Next(Alphabet.Length)]);
        return text.ToString(0, length);
    }

    private JsonObject Message(int member, string text = "hvordan går det?") =>
        TeamsActivities.Message(team.Connector.ServiceUrl, text, AnsweringTeam.PersonalChat(member), userId: team.UserId(member), aadObjectId: team.Aad(member));

    private JsonObject Submit(int member, JsonNode value)
    {
        var activity = TeamsActivities.Submit(team.Connector.ServiceUrl, [], CardId, AnsweringTeam.PersonalChat(member), team.UserId(member), team.Aad(member));
        activity["value"] = value;
        return activity;
    }

    /// <summary>The sender's own card, answered with <paramref name="ticket"/> and, unless given, scores that are all valid.</summary>
    private JsonObject Answer(int member, string ticket, Action<JsonObject>? spoil = null)
    {
        var value = new JsonObject { ["action"] = PulseSubmission.ActionName, ["ticket"] = ticket };
        foreach (var id in team.Tickets[member].QuestionIds) value[PulseSubmission.QuestionInputId(id)] = _random.Next(1, 6).ToString(System.Globalization.CultureInfo.InvariantCulture);
        spoil?.Invoke(value);
        return TeamsActivities.Submit(team.Connector.ServiceUrl, value, CardId, AnsweringTeam.PersonalChat(member), team.UserId(member), team.Aad(member));
    }

    private string Malformed()
    {
        var valid = Message(Sender()).ToJsonString();
        return _random.Next(9) switch
        {
            0 => valid[..Math.Max(1, _random.Next(valid.Length - 1))],
            1 => Encoding.Latin1.GetString(RandomNumberGenerator.GetBytes(_random.Next(1, 400))),
            2 => Pick(["", "null", "[]", "42", "\"message\"", "true", "{", "}", "{}", "\ufeff", "{\"type\":}"]),
            3 => valid.Replace("\"type\":\"message\"", "\"type\":\"message\",\"type\":", StringComparison.Ordinal),
            4 => valid.Replace(",", ",,", StringComparison.Ordinal),
            5 => valid.Replace("\"", "'", StringComparison.Ordinal),
            6 => "{\"type\":\"message\",\"text\":NaN,\"from\":{\"id\":Infinity}}",
            7 => "/* comment */" + valid,
            _ => valid.Insert(_random.Next(valid.Length), Junk(_random.Next(1, 20))),
        };
    }

    private string WrongTypes()
    {
        var activity = Message(Sender());
        JsonNode?[] wrong = [42, true, "text", new JsonArray(1, 2), new JsonObject { ["x"] = 1 }, null, -1.5, ""];
        var field = Pick(["type", "id", "timestamp", "serviceUrl", "from", "conversation", "recipient", "text", "locale", "channelData", "entities", "attachments", "value", "replyToId", "membersAdded", "name"]);
        activity[field] = Pick(wrong)?.DeepClone();
        if (_random.Next(3) == 0 && activity["from"] is JsonObject from) from["aadObjectId"] = Pick(wrong)?.DeepClone();
        if (_random.Next(3) == 0 && activity["conversation"] is JsonObject conversation) conversation["tenantId"] = Pick(wrong)?.DeepClone();
        if (_random.Next(2) == 0)
        {
            // A pulse answer whose inputs have the wrong types: the number 3, arrays, objects, out-of-scale strings.
            var member = Sender();
            return Answer(member, team.Tickets[member].Ticket, v =>
            {
                var question = v.Select(p => p.Key).Where(k => k.StartsWith("q_", StringComparison.Ordinal)).ToList();
                v[Pick(question)] = Pick<JsonNode?>([3, "6", "0", "-1", "3.0", " 3", "", null, new JsonArray("3"), new JsonObject { ["value"] = "3" }, "tre"])?.DeepClone();
                if (_random.Next(4) == 0) v["comment"] = Pick<JsonNode>([42, new JsonArray("a"), false]).DeepClone();
            }).ToJsonString();
        }
        return activity.ToJsonString();
    }

    private string Huge()
    {
        var member = Sender();
        switch (_random.Next(7))
        {
            case 0: return Message(member, "resumé " + Junk(_random.Next(50_000, 200_000))).ToJsonString();
            case 1: return Answer(member, team.Tickets[member].Ticket, v => v["comment"] = Junk(_random.Next(501, 60_000))).ToJsonString();
            case 2: return Answer(member, Junk(_random.Next(8_000, 60_000))).ToJsonString();
            case 3:
                var wide = Answer(member, team.Tickets[member].Ticket);
                for (var i = 0; i < 3_000; i++) wide["value"]!.AsObject()["q_x" + i] = "3";
                return wide.ToJsonString();
            case 4:
                var named = Message(member);
                named["from"]!["name"] = Junk(100_000);
                named["locale"] = Junk(10_000);
                return named.ToJsonString();
            case 5:
                var mentions = Message(member, "<at>TrivselsBot</at> hjælp");
                mentions["entities"] = new JsonArray(Enumerable.Range(0, 2_000).Select(i => (JsonNode)new JsonObject { ["type"] = "mention", ["text"] = "<at>x</at>", ["mentioned"] = new JsonObject { ["id"] = "29:" + i } }).ToArray());
                return mentions.ToJsonString();
            default: return Message(member, Junk(300_000)).ToJsonString(); // over the 256 KB limit: 413
        }
    }

    /// <summary>The sender's card answered with a ticket that must not pass: another key, altered payloads, junk, someone else's.</summary>
    private string Forged(int member) => Answer(member, ForgedTicket(member)).ToJsonString();

    private string ForgedTicket(int member)
    {
        var own = team.Tickets[member];
        var mine = new PulseTicket(team.Team.Key, own.Period, own.QuestionIds, team.Pseudonyms.For(team.Aad(member)));
        var dot = own.Ticket.IndexOf('.', StringComparison.Ordinal);
        return _random.Next(7) switch
        {
            0 => _otherKey.Sign(mine),
            1 => _otherKey.Sign(mine with { Period = new PulsePeriod(own.Period.Year, Math.Max(1, own.Period.Week - 1)) }),
            2 => own.Ticket[..dot] + "." + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_'),
            3 => Convert.ToBase64String(Encoding.UTF8.GetBytes("{\"team\":\"" + team.Team.Key + "\",\"period\":\"" + own.Period + "\"}")) + "." + own.Ticket[(dot + 1)..],
            4 => own.Ticket[..(dot - 1)] + (own.Ticket[dot - 1] == 'A' ? 'B' : 'A') + own.Ticket[dot..],
            5 => Pick(["", ".", "a.b", "..", own.Ticket + ".", own.Ticket[..dot], Junk(40)]),
            _ => team.Tickets[Pick(senders.Where(s => s != member).ToList())].Ticket, // another person's card (valid, foreign)
        };
    }

    /// <summary>An answer already stored, sent again as it was or with other scores (a double click, a second device, a replay).</summary>
    private string Replay()
    {
        var member = Pick(answered);
        return Answer(member, team.Tickets[member].Ticket, v =>
        {
            if (_random.Next(2) == 0) v["comment"] = "Anden gang";
        }).ToJsonString();
    }

    private JsonNode UnknownAction() => Pick<Func<JsonNode>>(
    [
        () => new JsonObject { ["action"] = Junk(_random.Next(1, 30)) },
        () => new JsonObject { ["action"] = "PULSE.ANSWER", ["ticket"] = "x" },
        () => new JsonObject { ["action"] = PulseSubmission.ActionName + " " },
        () => new JsonObject { ["action"] = 42 },
        () => new JsonObject { ["action"] = null },
        () => new JsonObject { ["action"] = new JsonArray(PulseSubmission.ActionName) },
        () => new JsonObject(),
        () => new JsonObject { ["verb"] = "pulse.answer" },
    ])();

    private JsonObject GarbageFor(string action)
    {
        var value = new JsonObject { ["action"] = action };
        foreach (var key in CardInputNames.Where(_ => _random.Next(2) == 0))
        {
            value[key] = Pick<Func<JsonNode?>>([() => Junk(_random.Next(0, 80)), () => _random.Next(), () => null, () => new JsonArray("x", 1), () => "-1", () => "9999999999"])();
        }
        return value;
    }

    private string Invoke()
    {
        var invoke = Message(Sender(), "");
        invoke.Remove("text");
        invoke["type"] = "invoke";
        invoke["name"] = Pick(InvokeNames);
        invoke["value"] = Pick<Func<JsonNode?>>(
        [
            () => null,
            () => Junk(50),
            () => new JsonArray(1, 2, 3),
            () => new JsonObject { ["action"] = "accept", ["context"] = Junk(30), ["uploadInfo"] = new JsonObject { ["uploadUrl"] = "http://127.0.0.1:1/x" } },
            () => new JsonObject { ["action"] = "accept", ["context"] = new JsonObject { ["team"] = team.Team.Key, ["week"] = Junk(10) }, ["uploadInfo"] = Junk(20) },
            () => new JsonObject { ["action"] = "decline", ["context"] = new JsonObject { ["team"] = Junk(20) } },
            () => new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = Junk(10), ["data"] = Junk(10) } },
        ])();
        return invoke.ToJsonString();
    }

    private BadInput WrongContentType()
    {
        var contentType = Pick(ContentTypes);
        var body = _random.Next(3) switch
        {
            0 => "<activity><type>message</type><text>hej</text></activity>",
            1 => "type=message&text=hej&from.id=29:x",
            _ => Message(Sender()).ToJsonString(), // a plain message read anyway: answered, nothing stored
        };
        return new(BadInputKind.WrongContentType, body, contentType);
    }

    private string Deep()
    {
        var depth = _random.Next(2) == 0 ? _random.Next(65, 5_000) : _random.Next(10, 60);
        var open = _random.Next(2) == 0 ? "{\"a\":" : "[";
        var close = open == "[" ? "]" : "}";
        var nested = string.Concat(Enumerable.Repeat(open, depth)) + "1" + string.Concat(Enumerable.Repeat(close, depth));
        var activity = Message(Sender()).ToJsonString();
        var field = Pick(["value", "channelData", "entities", "from"]);
        return activity[..^1] + ",\"" + field + "\":" + nested + "}";
    }
}
