using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using TrivselsBot.CheckIns;
using TrivselsBot.Demo;
using TrivselsBot.Privacy;
using TrivselsBot.Testing;

namespace TrivselsBot.Tests.Demo;

/// <summary>The local try's time on demand, on the demo workplace: fire the pulse, answer it, close the week, see it counted; send the TRIO agenda.</summary>
public sealed class DemoTimeOnDemandTests(DemoWorkplaceFixture demo) : IClassFixture<DemoWorkplaceFixture>
{
    private static string Query(DemoTeam team) => $"tenant={Uri.EscapeDataString(DemoWorkplace.TenantId)}&conversation={Uri.EscapeDataString(team.ConversationId)}";

    [Fact]
    public async Task An_answer_to_the_live_pulse_is_counted_once_the_week_is_closed_now()
    {
        var week = PulsePeriod.Containing(DemoWorkplaceFixture.Now);
        var before = demo.Connector.ActivitiesSent().Count;

        Assert.Equal(HttpStatusCode.Accepted, (await demo.Bot.Http.PostAsync("local/pulse-now?" + Query(DemoWorkplace.Solsikken), null)).StatusCode);
        var mettesCard = await CardForAsync(DemoWorkplace.Mette, before);
        int PulseCards() => demo.Connector.ActivitiesSent().Skip(before).Count(c => c.Card?["actions"]?[0]?["data"]?["ticket"] is not null && Ticket(c.Card!).TeamKey.Contains("solsikken", StringComparison.Ordinal));
        await WaitUntilAsync(() => PulseCards() >= DemoWorkplace.PlaygroundPeople.Count);
        await Task.Delay(500);
        Assert.Equal(DemoWorkplace.PlaygroundPeople.Count, PulseCards()); // the synthetic colleagues had theirs in the seeded part of the run

        var value = new JsonObject { ["action"] = "pulse.answer", ["ticket"] = mettesCard["actions"]![0]!["data"]!["ticket"]!.GetValue<string>() };
        foreach (var input in mettesCard["body"]!.AsArray().Select(e => e!["id"]?.GetValue<string>()).OfType<string>().Where(id => id.StartsWith("q_", StringComparison.Ordinal))) value[input] = "4";
        (await demo.Bot.PostActivityAsync(DemoWorkplaceFixture.InDemoTenant(TeamsActivities.Submit(demo.Connector.ServiceUrl, value, "pulse-card",
            "a:demo-personal-chat-mette", DemoWorkplace.Mette.UserId, DemoWorkplace.Mette.AadObjectId)))).EnsureSuccessStatusCode();

        var closed = await demo.Bot.Http.PostAsync("local/close-week-now", null);
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        Assert.Equal(week.ToString(), (await closed.Content.ReadFromJsonAsync<JsonObject>())!["closedWeek"]!.GetValue<string>());

        var asked = demo.Connector.ActivitiesSent().Count;
        await demo.Bot.PostActivityAsync(demo.Message("resumé", DemoWorkplace.Mette));
        var summary = (await demo.Connector.WaitForActivitiesAsync(asked + 1)).Skip(asked).First(c => c.CardText.Contains("Trivsel i Bostedet Solsikken", StringComparison.Ordinal));
        Assert.Contains($"uge {week.Week}", summary.CardText, StringComparison.Ordinal);
        Assert.Contains("5 af 14 svarede (36 %)", summary.CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_TRIO_agenda_goes_to_each_TRIO_member_at_once_when_asked_for()
    {
        var before = demo.Connector.ActivitiesSent().Count;

        Assert.Equal(HttpStatusCode.Accepted, (await demo.Bot.Http.PostAsync("local/trio-agenda-now?" + Query(DemoWorkplace.Solsikken), null)).StatusCode);

        int Agendas() => demo.Connector.ActivitiesSent().Skip(before).Count(c => c.CardText.Contains("TRIO-møde for Bostedet Solsikken", StringComparison.Ordinal));
        await WaitUntilAsync(() => Agendas() >= DemoWorkplace.SolsikkenTrio.Count);
        await Task.Delay(500);
        Assert.Equal(DemoWorkplace.SolsikkenTrio.Count, Agendas());
        Assert.Equal(HttpStatusCode.NotFound, (await demo.Bot.Http.PostAsync("local/trio-agenda-now?" + Query(DemoWorkplace.Natholdet), null)).StatusCode);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("The bot did not send what was expected in time.");
            await Task.Delay(100);
        }
    }

    private async Task<JsonObject> CardForAsync(DemoPerson person, int after)
    {
        var pseudonym = demo.Bot.Service<MemberPseudonym>().For(person.AadObjectId);
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            var card = demo.Connector.ActivitiesSent().Skip(after).Select(c => c.Card).OfType<JsonObject>()
                .FirstOrDefault(c => c["actions"]?[0]?["data"]?["ticket"] is not null && Ticket(c).RecipientPseudonym == pseudonym && !TrivselsBot.LeaderPulse.LeaderGroup.Is(TrivselsBot.Setup.TeamRef.FromKey(Ticket(c).TeamKey)));
            if (card is not null) return card;
            await Task.Delay(100);
        }
        throw new TimeoutException("No pulse card reached " + person.Name);
    }

    private PulseTicket Ticket(JsonObject card)
    {
        Assert.True(demo.Bot.Service<PulseTicketSigner>().TryVerify(card["actions"]![0]!["data"]!["ticket"]!.GetValue<string>(), out var ticket));
        return ticket!;
    }
}
