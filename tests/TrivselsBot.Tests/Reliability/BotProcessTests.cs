using TrivselsBot.Testing;
using TrivselsBot.Testing.Faults;

namespace TrivselsBot.Tests.Reliability;

/// <summary>The fault harness's own footing: the bot runs as a separate process that can be killed and started again.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class BotProcessTests(AzuriteServer azurite)
{
    [Fact]
    public async Task A_bot_process_killed_with_sigkill_answers_again_after_a_restart_on_the_same_port()
    {
        await using var bot = await BotProcess.StartAsync(nameof(BotProcessTests), BotProcess.Settings(azurite.ConnectionString, BotUnderTest.NewTablePrefix()));
        Assert.True(bot.ResidentBytes() > 0);

        await bot.KillAsync();
        Assert.True(bot.HasExited);
        await Assert.ThrowsAsync<HttpRequestException>(() => bot.Http.GetAsync("healthz"));

        await bot.RestartAsync();
        using var health = await bot.Http.GetAsync("healthz");
        Assert.True(health.IsSuccessStatusCode);
    }
}
