using TrivselsBot.Hosting;
using TrivselsBot.Testing;

namespace TrivselsBot.Tests.Hosting;

public sealed class StartupSafetyTests
{
    [Theory]
    [InlineData("http://127.0.0.1:3978", true)]
    [InlineData("http://localhost:3978", true)]
    [InlineData("http://[::1]:3978", true)]
    [InlineData("http://127.0.0.2:80", true)]
    [InlineData("http://0.0.0.0:3978", false)]
    [InlineData("http://*:3978", false)]
    [InlineData("http://+:3978", false)]
    [InlineData("http://[::]:3978", false)]
    [InlineData("https://bot.example.dk", false)]
    public void Only_loopback_addresses_count_as_loopback(string url, bool loopback) =>
        Assert.Equal(loopback, LoopbackGuard.IsLoopbackUrl(url));

    [Fact]
    public void Without_an_app_id_the_bot_refuses_to_listen_beyond_loopback()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            TrivselsBotApp.Build(["--urls", "http://0.0.0.0:0"], b => b.Configuration["Storage:ConnectionString"] = AzuriteServer.ConnectionStringFor(1)));

        Assert.Contains("Bot:AppId", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_an_app_id_the_bot_may_listen_on_any_interface()
    {
        await using var app = TrivselsBotApp.Build(["--urls", "http://0.0.0.0:0"], b =>
        {
            b.Configuration["Storage:ConnectionString"] = AzuriteServer.ConnectionStringFor(1);
            b.Configuration["Bot:AppId"] = "00000000-0000-0000-0000-000000000001";
        });

        Assert.NotNull(app);
    }
}
