using System.Globalization;
using System.Security.Cryptography.X509Certificates;
using System.Web;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TrivselsBot.BotConnector.Tests.Infrastructure;
using TrivselsBot.Graph;
using TrivselsBot.Hosting;

namespace TrivselsBot.Tests.Graph;

public sealed class GraphServicesTests
{
    private const string CatalogAppId = "0c4517f9-8f9b-4ffa-baf6-bfe050dd26fc";

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.Configure<BotOptions>(configuration.GetSection(BotOptions.Section));
        services.AddGraph(configuration);
        return services.BuildServiceProvider();
    }

    [Fact]
    public void Without_a_Graph_section_nothing_is_installed()
    {
        using var provider = Build([]);

        Assert.Null(provider.GetService<TeamsAppInstaller>());
    }

    [Fact]
    public void Enabled_with_the_bots_secret_gives_an_installer()
    {
        using var provider = Build(new()
        {
            ["Graph:Enabled"] = "true", ["Graph:CatalogAppId"] = CatalogAppId, ["Bot:AppId"] = "app", ["Bot:AppPassword"] = "secret",
        });

        Assert.NotNull(provider.GetRequiredService<TeamsAppInstaller>());
    }

    [Theory]
    [InlineData("")]
    [InlineData("TrivselsBot")]
    public void Enabled_without_a_catalog_app_id_that_is_a_GUID_is_refused(string catalogAppId)
    {
        using var provider = Build(new() { ["Graph:Enabled"] = "true", ["Graph:CatalogAppId"] = catalogAppId });

        var refusal = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<GraphOptions>>().Value);
        Assert.Contains("Graph:CatalogAppId", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_bots_secret_gives_a_client_secret_credential_for_each_tenant()
    {
        var credentials = GraphServices.CredentialsFrom(new GraphOptions(), new BotOptions { AppId = "app", AppPassword = "secret" }, TimeProvider.System);

        Assert.IsType<ClientSecretCredential>(credentials("tenant-a"));
        Assert.NotSame(credentials("tenant-a"), credentials("tenant-b"));
    }

    [Fact]
    public void A_managed_identity_is_the_default_Azure_credential_for_every_tenant()
    {
        var credentials = GraphServices.CredentialsFrom(new GraphOptions { UseManagedIdentity = true }, new BotOptions(), TimeProvider.System);

        Assert.IsType<DefaultAzureCredential>(credentials("tenant-a"));
        Assert.Same(credentials("tenant-a"), credentials("tenant-b"));
    }

    [Fact]
    public void Enabled_with_neither_a_bot_secret_nor_a_managed_identity_is_refused_with_what_to_set()
    {
        using var provider = Build(new() { ["Graph:Enabled"] = "true", ["Graph:CatalogAppId"] = CatalogAppId, ["Bot:AppId"] = "app" });

        var refusal = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<GraphOptions>>().Value);
        Assert.Contains("Graph:UseManagedIdentity", refusal.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_user_assigned_managed_identity_bot_reaches_Graph_with_that_identity_in_every_tenant(bool useManagedIdentity)
    {
        var clientId = Guid.NewGuid().ToString();
        var expiresOn = DateTimeOffset.UtcNow.AddHours(24).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        await using var imds = await LocalHttpServer.StartAsync(_ => ScriptedResponse.Json(200,
            $$"""{"access_token":"graph-token","expires_in":"86400","expires_on":"{{expiresOn}}","resource":"https://graph.microsoft.com","token_type":"Bearer"}"""));
        using var redirect = new RedirectToServer(imds.BaseAddress);
        var bot = new BotOptions { AppId = clientId, AppType = BotAppType.UserAssignedMSI, TenantId = "tenant-a" };

        var credentials = GraphServices.CredentialsFrom(new GraphOptions { UseManagedIdentity = useManagedIdentity }, bot, TimeProvider.System,
            new HttpClientTransport(new HttpClient(redirect, disposeHandler: false)));
        var token = await credentials("tenant-a").GetTokenAsync(new TokenRequestContext(["https://graph.microsoft.com/.default"]), default);

        Assert.IsType<ManagedIdentityCredential>(credentials("tenant-a"));
        Assert.Same(credentials("tenant-a"), credentials("tenant-b"));
        Assert.Equal("graph-token", token.Token);
        var query = HttpUtility.ParseQueryString(new Uri(imds.BaseAddress, Assert.Single(imds.Requests).RawTarget).Query);
        Assert.Equal(clientId, query["client_id"]);
        Assert.Equal("https://graph.microsoft.com", query["resource"]);
    }

    [Fact]
    public void Enabled_for_a_user_assigned_managed_identity_bot_needs_no_secret()
    {
        using var provider = Build(new()
        {
            ["Graph:Enabled"] = "true", ["Graph:CatalogAppId"] = CatalogAppId,
            ["Bot:AppId"] = "app", ["Bot:AppType"] = "UserAssignedMSI", ["Bot:TenantId"] = "tenant-a",
        });

        Assert.NotNull(provider.GetRequiredService<TeamsAppInstaller>());
    }

    [Fact]
    public void A_certificate_bot_gives_a_client_certificate_credential_for_each_tenant()
    {
        using var certificate = TestCertificates.SelfSigned();
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx));
            var credentials = GraphServices.CredentialsFrom(new GraphOptions(), new BotOptions { AppId = "app", CertificatePath = path }, TimeProvider.System);

            Assert.IsType<ClientCertificateCredential>(credentials("tenant-a"));
            Assert.NotSame(credentials("tenant-a"), credentials("tenant-b"));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
