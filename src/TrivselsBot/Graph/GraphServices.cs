using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Azure.Core;
using Azure.Identity;
using TrivselsBot.Hosting;

namespace TrivselsBot.Graph;

public static class GraphServices
{
    /// <summary>
    /// Options (section "Graph", checked at start) and, when Graph is enabled, the <see cref="TeamsAppInstaller"/> with
    /// app-only credentials: the bot's App ID and password per tenant, or DefaultAzureCredential (managed identity).
    /// Without it nothing is installed and delivery works as without Graph. An installer the host registered before stays.
    /// </summary>
    public static IServiceCollection AddGraph(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GraphOptions>().Bind(configuration.GetSection(GraphOptions.Section)).ValidateDataAnnotations()
            .Validate<IOptions<BotOptions>>((graph, bot) => !graph.Enabled || graph.UseManagedIdentity || HasSecret(bot.Value),
                "Graph needs Bot:AppId and Bot:AppPassword, or Graph:UseManagedIdentity = true.")
            .ValidateOnStart();
        if (!configuration.GetSection(GraphOptions.Section).GetValue<bool>(nameof(GraphOptions.Enabled))) return services;

        services.TryAddSingleton(sp => new TeamsAppInstaller(
            sp.GetRequiredService<IOptions<GraphOptions>>(),
            CredentialsFrom(sp.GetRequiredService<IOptions<GraphOptions>>().Value, sp.GetRequiredService<IOptions<BotOptions>>().Value),
            sp.GetRequiredService<ILogger<TeamsAppInstaller>>()));
        return services;
    }

    private static bool HasSecret(BotOptions bot) => bot.IsAuthenticated && !string.IsNullOrEmpty(bot.AppPassword);

    /// <summary>The credential for a tenant: one managed identity for all, or the bot's secret against each tenant's authority.</summary>
    public static Func<string, TokenCredential> CredentialsFrom(GraphOptions graph, BotOptions bot)
    {
        if (graph.UseManagedIdentity)
        {
            var identity = new DefaultAzureCredential();
            return _ => identity;
        }
        return tenant => new ClientSecretCredential(tenant, bot.AppId, bot.AppPassword);
    }
}
