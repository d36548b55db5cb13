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
    public async Task With_an_app_id_and_secrets_the_bot_may_listen_on_any_interface()
    {
        await using var app = TrivselsBotApp.Build(["--urls", "http://0.0.0.0:0"], b =>
        {
            b.Configuration["Storage:ConnectionString"] = AzuriteServer.ConnectionStringFor(1);
            b.Configuration["Bot:AppId"] = "00000000-0000-0000-0000-000000000001";
            b.Configuration["Bot:AppPassword"] = "client-secret";
            b.Configuration["Privacy:PseudonymSecret"] = TestSecrets.Pseudonym;
            b.Configuration["Privacy:CardSigningSecret"] = TestSecrets.CardSigning;
            b.Configuration["Privacy:ReplyHandleSecret"] = TestSecrets.ReplyHandle;
        });

        Assert.NotNull(app);
    }

    [Theory]
    [InlineData("Bot:AppPassword", "client-secret")]
    [InlineData("Privacy:PseudonymSecret", "c2hvcnQ=")]
    [InlineData("Privacy:CardSigningSecret", "not base64!")]
    [InlineData("Privacy:ReplyHandleSecret", "")]
    public void A_real_deployment_without_its_secrets_refuses_to_start(string missing, string badValue)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = AzuriteServer.ConnectionStringFor(1),
            ["Bot:AppId"] = "00000000-0000-0000-0000-000000000001",
            ["Bot:AppPassword"] = "client-secret",
            ["Privacy:PseudonymSecret"] = TestSecrets.Pseudonym,
            ["Privacy:CardSigningSecret"] = TestSecrets.CardSigning,
            ["Privacy:ReplyHandleSecret"] = TestSecrets.ReplyHandle,
        };
        settings[missing] = missing == "Bot:AppPassword" ? "" : badValue;

        var error = Assert.ThrowsAny<Exception>(() => TrivselsBotApp.Build(["--urls", "http://127.0.0.1:0"], b =>
        {
            foreach (var (key, value) in settings) b.Configuration[key] = value;
        }));

        Assert.Contains(missing, error.ToString(), StringComparison.Ordinal);
    }
}
