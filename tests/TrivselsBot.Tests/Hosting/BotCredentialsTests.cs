using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TrivselsBot.BotConnector;
using TrivselsBot.BotConnector.Tests.Infrastructure;
using TrivselsBot.Hosting;
using TrivselsBot.Testing;

namespace TrivselsBot.Tests.Hosting;

/// <summary>The three Azure Bot app types: which settings each needs, what start-up refuses, how the bot signs in.</summary>
public sealed class BotCredentialsTests : IDisposable
{
    private const string AppId = "5b1e6f0a-0000-4000-8000-00000000a001";
    private const string Tenant = "c0ffee00-0000-4000-8000-00000000a002";
    private const string OtherTenant = "0bad0000-0000-4000-8000-00000000a003";
    private readonly string directory = Directory.CreateTempSubdirectory("bot-credentials-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Theory]
    [InlineData(null, "secret", null, null)]
    [InlineData(null, "secret", null, Tenant)]
    [InlineData("MultiTenant", "secret", null, null)]
    [InlineData("SingleTenant", null, "bot.pfx", Tenant)]
    [InlineData("UserAssignedMSI", null, null, Tenant)]
    public void Each_app_type_with_its_own_credential_is_accepted(string? appType, string? secret, string? certificate, string? tenant) =>
        Assert.Null(BotCredentials.Problem(Bot(appType, secret, certificate, tenant)));

    [Theory]
    [InlineData("UserAssignedMSI", null, null, Tenant, false, "Bot:AppId is empty")]
    [InlineData("SingleTenant", "secret", null, Tenant, false, "Bot:AppId is empty")]
    [InlineData(null, null, "bot.pfx", null, false, "Bot:AppId is empty")]
    [InlineData("UserAssignedMSI", "secret", null, Tenant, true, "Remove Bot:AppPassword")]
    [InlineData("UserAssignedMSI", null, "bot.pfx", Tenant, true, "Remove Bot:AppPassword and Bot:CertificatePath")]
    [InlineData("UserAssignedMSI", null, null, null, true, "Bot:TenantId is empty")]
    [InlineData("SingleTenant", "secret", null, null, true, "Bot:TenantId is empty")]
    [InlineData("MultiTenant", "secret", null, Tenant, true, "Bot:TenantId is set")]
    [InlineData(null, "secret", "bot.pfx", null, true, "Both Bot:AppPassword and Bot:CertificatePath")]
    [InlineData("SingleTenant", null, null, Tenant, true, "neither Bot:AppPassword nor Bot:CertificatePath")]
    public void A_sign_in_that_could_not_work_is_named_with_the_setting_to_fix(
        string? appType, string? secret, string? certificate, string? tenant, bool withAppId, string expected)
    {
        var bot = Bot(appType, secret, certificate, tenant);
        if (!withAppId) bot.AppId = null;

        Assert.Contains(expected, BotCredentials.Problem(bot), StringComparison.Ordinal);
    }

    [Fact]
    public void A_user_assigned_managed_identity_bot_refuses_to_start_without_an_app_id()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Build(new() { ["Bot:AppType"] = "UserAssignedMSI", ["Bot:TenantId"] = Tenant }));

        Assert.Contains("Bot:AppId is empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_app_type_as_the_template_ships_it_is_inferred_from_the_tenant()
    {
        await using var app = Build(new() { ["Bot:AppId"] = AppId, ["Bot:AppType"] = "", ["Bot:TenantId"] = Tenant, ["Bot:AppPassword"] = "secret" });

        var bot = app.Services.GetRequiredService<IOptions<BotOptions>>().Value;
        Assert.Null(bot.AppType);
        Assert.Equal(BotAppType.SingleTenant, bot.EffectiveAppType);
    }

    [Fact]
    public void A_missing_certificate_file_stops_the_start_and_says_where_App_Service_puts_certificates()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Build(CertificateBot(Path.Combine(directory, "missing.pfx"))));

        Assert.Contains("missing.pfx' does not exist", error.Message, StringComparison.Ordinal);
        Assert.Contains("/var/ssl/private/", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_certificate_password_stops_the_start()
    {
        using var certificate = TestCertificates.SelfSigned();
        var settings = CertificateBot(WritePfx(certificate, "right"));
        settings["Bot:CertificatePassword"] = "wrong";

        var error = Assert.Throws<InvalidOperationException>(() => Build(settings));

        Assert.Contains("could not be read as a PKCS#12 file with Bot:CertificatePassword", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_certificate_file_without_a_private_key_stops_the_start()
    {
        using var certificate = TestCertificates.SelfSigned();
        using var publicPart = TestCertificates.PublicPart(certificate);

        var error = Assert.Throws<InvalidOperationException>(() => Build(CertificateBot(WritePfx(publicPart, password: null))));

        Assert.Contains("holds no private key", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_expired_certificate_stops_the_start()
    {
        using var certificate = TestCertificates.SelfSigned(validFrom: DateTimeOffset.UtcNow.AddDays(-40));

        var error = Assert.Throws<InvalidOperationException>(() => Build(CertificateBot(WritePfx(certificate, password: null))));

        Assert.Contains("expired on", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_certificate_bot_starts_and_signs_in_with_the_certificate()
    {
        using var certificate = TestCertificates.SelfSigned();
        var settings = CertificateBot(WritePfx(certificate, "pfx-password"));
        settings["Bot:CertificatePassword"] = "pfx-password";

        await using var app = Build(settings);

        Assert.IsType<MsalConnectorTokenProvider>(app.Services.GetRequiredService<IConnectorTokenProvider>());
    }

    [Fact]
    public async Task A_user_assigned_managed_identity_bot_starts_without_any_secret_and_signs_in_with_the_identity()
    {
        await using var app = Build(new() { ["Bot:AppId"] = AppId, ["Bot:AppType"] = "UserAssignedMSI", ["Bot:TenantId"] = Tenant });

        Assert.IsType<TokenCredentialConnectorTokenProvider>(app.Services.GetRequiredService<IConnectorTokenProvider>());
    }

    [Theory]
    [InlineData("https://api.botframework.com", "bf-key", AppId, null)]
    [InlineData("https://sts.windows.net/" + Tenant + "/", "entra-key", AppId, null)]
    [InlineData("https://login.microsoftonline.com/" + Tenant + "/v2.0", "entra-key", AppId, null)]
    [InlineData("https://api.botframework.com", "bf-key", "another-bot", StatusCodes.Status401Unauthorized)]
    [InlineData("https://sts.windows.net/" + Tenant + "/", "entra-key", "another-bot", StatusCodes.Status401Unauthorized)]
    [InlineData("https://sts.windows.net/" + OtherTenant + "/", "entra-key", AppId, StatusCodes.Status401Unauthorized)]
    [InlineData("https://login.microsoftonline.com/" + OtherTenant + "/v2.0", "entra-key", AppId, StatusCodes.Status401Unauthorized)]
    public async Task A_user_assigned_managed_identity_bot_accepts_Bot_Framework_and_its_own_tenants_tokens_for_its_app_id_only(
        string issuer, string key, string audience, int? refusal)
    {
        var keys = new Dictionary<string, TestSigningKey> { ["bf-key"] = new("bf-key", "msteams"), ["entra-key"] = new("entra-key") };
        await using var metadata = await OpenIdMetadataServer.StartAsync();
        metadata.BotFrameworkKeys = [keys["bf-key"]];
        metadata.EntraKeys = [keys["entra-key"]];
        await using var app = Build(new()
        {
            ["Bot:AppId"] = AppId, ["Bot:AppType"] = "UserAssignedMSI", ["Bot:TenantId"] = Tenant,
            ["Bot:OpenIdMetadataUrl"] = metadata.BotFrameworkMetadataUrl,
            ["Bot:EntraOpenIdMetadataUrlTemplate"] = metadata.EntraMetadataUrlTemplate,
            ["Bot:RequireHttpsMetadata"] = "false",
        });
        const string serviceUrl = "https://smba.trafficmanager.net/emea/";
        var activity = new Activity { Type = ActivityTypes.Message, ServiceUrl = serviceUrl, ChannelId = "msteams", Conversation = new ConversationAccount { Id = "a:1", TenantId = Tenant } };
        var http = new DefaultHttpContext();
        http.Request.Headers.Authorization = "Bearer " + keys[key].Mint(issuer, audience, DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddMinutes(30), serviceUrl);

        Assert.Equal(refusal, await app.Services.GetRequiredService<InboundAuthenticator>().RefuseAsync(http, activity, default));
    }

    private static BotOptions Bot(string? appType, string? secret, string? certificate, string? tenant) => new()
    {
        AppId = AppId,
        AppType = appType is null ? null : Enum.Parse<BotAppType>(appType),
        AppPassword = secret,
        CertificatePath = certificate,
        TenantId = tenant,
    };

    private static Dictionary<string, string?> CertificateBot(string path) => new()
    {
        ["Bot:AppId"] = AppId, ["Bot:AppType"] = "SingleTenant", ["Bot:TenantId"] = Tenant, ["Bot:CertificatePath"] = path,
    };

    private string WritePfx(X509Certificate2 certificate, string? password)
    {
        var path = Path.Combine(directory, Guid.NewGuid() + ".pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, password));
        return path;
    }

    private static WebApplication Build(Dictionary<string, string?> settings) =>
        TrivselsBotApp.Build(["--urls", "http://127.0.0.1:0"], b =>
        {
            b.Configuration["Storage:ConnectionString"] = AzuriteServer.ConnectionStringFor(1);
            b.Configuration["Privacy:PseudonymSecret"] = TestSecrets.Pseudonym;
            b.Configuration["Privacy:CardSigningSecret"] = TestSecrets.CardSigning;
            b.Configuration["Privacy:ReplyHandleSecret"] = TestSecrets.ReplyHandle;
            foreach (var (name, value) in settings) b.Configuration[name] = value;
        });
}
