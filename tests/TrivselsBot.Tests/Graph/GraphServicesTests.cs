using Azure.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
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
        var credentials = GraphServices.CredentialsFrom(new GraphOptions(), new BotOptions { AppId = "app", AppPassword = "secret" });

        Assert.IsType<ClientSecretCredential>(credentials("tenant-a"));
        Assert.NotSame(credentials("tenant-a"), credentials("tenant-b"));
    }

    [Fact]
    public void A_managed_identity_is_the_default_Azure_credential_for_every_tenant()
    {
        var credentials = GraphServices.CredentialsFrom(new GraphOptions { UseManagedIdentity = true }, new BotOptions());

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
}
