using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using OpenTelemetry.Trace;
using TrivselsBot.Administration;
using TrivselsBot.BotConnector;
using TrivselsBot.CheckIns;
using TrivselsBot.Privacy;
using TrivselsBot.Setup;
using TrivselsBot.Testing;

namespace TrivselsBot.Tests.Administration;

/// <summary>The counters, read with a <see cref="MeterListener"/> as an exporter would read them.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class TelemetryTests(AzuriteServer azurite)
{
    private static readonly DateTimeOffset Tuesday = new(2026, 11, 17, 10, 0, 0, TimeSpan.FromHours(1));

    [Fact]
    public async Task A_pulse_to_three_members_counts_three_cards_sent_and_one_answer_counts_one_answer_stored()
    {
        await using var connector = await RecordingConnector.StartAsync();
        connector.AddMembers(3, prefix: Guid.NewGuid().ToString("N")[..8]);
        var team = new TeamRef(TeamsActivities.TenantId, $"19:{Guid.NewGuid():N}@thread.v2");
        await using var bot = await BotUnderTest.StartAsync(azurite.ConnectionString, time: new ShiftedClock(Tuesday));
        using var counted = new CountedMeasurements(bot.Service<IMeterFactory>());
        await SetUpAsync(bot, connector, team);

        await bot.Service<IPulseRunner>().RunAsync(team, Tuesday, default);
        var sentAfterPulse = counted.Total(BotTelemetry.PulsesSentName);
        await AnswerFirstCardAsync(bot, connector);

        Assert.Equal(3, sentAfterPulse);
        Assert.Equal(1, counted.Total(BotTelemetry.AnswersStoredName));
    }

    [Fact]
    public async Task A_429_from_the_connector_is_counted_under_the_connectors_own_meter()
    {
        await using var connector = await RecordingConnector.StartAsync();
        await using var bot = await BotUnderTest.StartAsync(azurite.ConnectionString);
        var host = new Uri(connector.ServiceUrl).Authority;
        using var counted = new CountedMeasurements(meterFactory: null, ConnectorTelemetry.MeterName, ("server.address", host));
        connector.FailNext(429);

        await bot.PostActivityAsync(TeamsActivities.Message(connector.ServiceUrl, "hjælp"));
        await connector.WaitForActivitiesAsync(2);

        Assert.Equal(1, counted.Total(ConnectorTelemetry.ThrottledName));
    }

    [Fact]
    public async Task With_an_otlp_endpoint_configured_the_pulse_span_is_exported_there()
    {
        var received = new ConcurrentQueue<(string Path, long Bytes)>();
        var (collector, url) = await LocalWebServer.StartAsync(async http =>
        {
            using var body = new MemoryStream();
            await http.Request.Body.CopyToAsync(body);
            received.Enqueue((http.Request.Path, body.Length));
            http.Response.StatusCode = StatusCodes.Status200OK;
        });
        await using var _ = collector;
        await using var connector = await RecordingConnector.StartAsync();
        await using var bot = await BotUnderTest.StartAsync(azurite.ConnectionString, new Dictionary<string, string?>
        {
            ["Telemetry:OtlpEndpoint"] = url + "v1/traces",
            ["Telemetry:OtlpProtocol"] = "HttpProtobuf",
        }, time: new ShiftedClock(Tuesday));

        await bot.Service<IPulseRunner>().RunAsync(new TeamRef(TeamsActivities.TenantId, "19:not-set-up@thread.v2"), Tuesday, default);
        Assert.True(bot.Service<TracerProvider>().ForceFlush(5000));

        Assert.Contains(received, r => r.Path == "/v1/traces" && r.Bytes > 0);
    }

    private static Task<HttpResponseMessage> SetUpAsync(BotUnderTest bot, RecordingConnector connector, TeamRef team) =>
        bot.PostActivityAsync(TeamsActivities.Submit(connector.ServiceUrl, new JsonObject
        {
            ["action"] = "setup.save", ["leaders"] = Aad(connector, 0), ["day"] = "2", ["time"] = "09:00",
            ["reminder"] = "2", ["questions"] = "4", ["language"] = "da", ["k"] = "3", ["summary"] = "no",
        }, "setup-card", team.ConversationId, Id(connector, 0), Aad(connector, 0), "groupChat"));

    private static async Task AnswerFirstCardAsync(BotUnderTest bot, RecordingConnector connector)
    {
        var card = connector.ActivitiesSent().Select(c => c.Card).OfType<JsonObject>().First(c => c["actions"] is not null);
        var ticket = card["actions"]![0]!["data"]!["ticket"]!.GetValue<string>();
        Assert.True(bot.Service<PulseTicketSigner>().TryVerify(ticket, out var verified));
        var member = Enumerable.Range(0, connector.Members.Count).Single(i => bot.Service<MemberPseudonym>().For(Aad(connector, i)) == verified.RecipientPseudonym);
        var value = new JsonObject { ["action"] = PulseSubmission.ActionName, ["ticket"] = ticket };
        foreach (var id in verified.QuestionIds) value[PulseSubmission.QuestionInputId(id)] = "4";
        await bot.PostActivityAsync(TeamsActivities.Submit(connector.ServiceUrl, value, "card", "a:" + member, Id(connector, member), Aad(connector, member)));
    }

    private static string Id(RecordingConnector c, int i) => c.Members[i]["id"]!.GetValue<string>();
    private static string Aad(RecordingConnector c, int i) => c.Members[i]["aadObjectId"]!.GetValue<string>();

    /// <summary>
    /// Sums the long measurements of one meter: the bot's, created by this bot's meter factory (other bots in other
    /// tests have their own), or a shared meter by name, counting only measurements carrying <paramref name="tag"/>.
    /// </summary>
    private sealed class CountedMeasurements : IDisposable
    {
        private readonly MeterListener _listener = new();
        private readonly ConcurrentDictionary<string, long> _totals = new();

        public CountedMeasurements(IMeterFactory? meterFactory, string meterName = BotTelemetry.Name, (string Key, string Value)? tag = null)
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == meterName && (meterFactory is null || ReferenceEquals(instrument.Meter.Scope, meterFactory)))
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
            {
                var carriesTag = tag is null;
                foreach (var t in tags) carriesTag |= t.Key == tag?.Key && Equals(t.Value, tag?.Value);
                if (carriesTag) _totals.AddOrUpdate(instrument.Name, value, (_, sum) => sum + value);
            });
            _listener.Start();
        }

        public long Total(string instrument) => _totals.GetValueOrDefault(instrument);

        public void Dispose() => _listener.Dispose();
    }
}
