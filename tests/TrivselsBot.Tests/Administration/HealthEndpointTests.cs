using System.Net;
using System.Text.Json.Nodes;
using TrivselsBot.Testing;

namespace TrivselsBot.Tests.Administration;

[Collection(AzuriteCollection.Name)]
public sealed class HealthEndpointTests(AzuriteServer azurite)
{
    [Fact]
    public async Task With_storage_and_scheduler_running_healthz_answers_200_and_says_so_per_check()
    {
        await using var bot = await BotUnderTest.StartAsync(azurite.ConnectionString);

        var (status, body) = await HealthAsync(bot);

        Assert.True(status == HttpStatusCode.OK, body.ToJsonString());
        Assert.Equal("Healthy", body["status"]!.GetValue<string>());
        Assert.Equal("Healthy", body["checks"]!["storage"]!["status"]!.GetValue<string>());
        Assert.Equal("Healthy", body["checks"]!["scheduler"]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task With_storage_out_of_reach_healthz_answers_503_naming_storage_and_not_the_account()
    {
        var nothingListens = AzuriteServer.ConnectionStringFor(LocalPorts.Free());
        await using var bot = await BotUnderTest.StartAsync(nothingListens);

        var (status, body) = await HealthAsync(bot);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("Unhealthy", body["checks"]!["storage"]!["status"]!.GetValue<string>());
        Assert.Equal("Healthy", body["checks"]!["scheduler"]!["status"]!.GetValue<string>());
        Assert.DoesNotContain("devstoreaccount1", body.ToJsonString(), StringComparison.Ordinal);
    }

    /// <summary>
    /// The answer once the scheduler has started: Quartz starts it just after the host (health says "Created" until
    /// then, and rightly answers 503).
    /// </summary>
    private static async Task<(HttpStatusCode, JsonNode)> HealthAsync(BotUnderTest bot)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var (status, body) = await GetHealthAsync(bot);
            if (body["checks"]!["scheduler"]!["status"]!.GetValue<string>() == "Healthy" || DateTime.UtcNow > deadline) return (status, body);
            await Task.Delay(50);
        }
    }

    private static async Task<(HttpStatusCode, JsonNode)> GetHealthAsync(BotUnderTest bot)
    {
        using var response = await bot.Http.GetAsync(new Uri("healthz", UriKind.Relative));
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }
}
