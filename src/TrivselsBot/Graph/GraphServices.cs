using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Identity;
using TrivselsBot.Hosting;

namespace TrivselsBot.Graph;

public static class GraphServices
{
    /// <summary>
    /// Options (section "Graph", checked at start) and, when Graph is enabled, the <see cref="TeamsAppInstaller"/> with
    /// app-only credentials: the bot's own (its secret or certificate per tenant, or its managed identity when it is a
    /// UserAssignedMSI bot), or DefaultAzureCredential (the App Service's managed identity).
    /// Without it nothing is installed and delivery works as without Graph. An installer the host registered before stays.
    /// </summary>
    public static IServiceCollection AddGraph(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GraphOptions>().Bind(configuration.GetSection(GraphOptions.Section)).ValidateDataAnnotations()
            .Validate<IOptions<BotOptions>>((graph, bot) => !graph.Enabled || graph.UseManagedIdentity || HasOwnCredential(bot.Value),
                "Graph needs the bot's own credential (Bot:AppId with Bot:AppPassword, Bot:CertificatePath or Bot:AppType = UserAssignedMSI), or Graph:UseManagedIdentity = true.")
            .ValidateOnStart();
        if (!configuration.GetSection(GraphOptions.Section).GetValue<bool>(nameof(GraphOptions.Enabled))) return services;

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new TeamsAppInstaller(
            sp.GetRequiredService<IOptions<GraphOptions>>(),
            CredentialsFrom(sp.GetRequiredService<IOptions<GraphOptions>>().Value, sp.GetRequiredService<IOptions<BotOptions>>().Value, sp.GetRequiredService<TimeProvider>()),
            sp.GetRequiredService<ILogger<TeamsAppInstaller>>()));
        return services;
    }

    private static bool HasOwnCredential(BotOptions bot) =>
        bot.IsAuthenticated && (bot.HasSecret || bot.HasCertificate || bot.UsesManagedIdentity);

    /// <summary>
    /// The credential for a tenant: one managed identity for all — the bot's own when it is a UserAssignedMSI bot (it has
    /// nothing else), otherwise with Graph:UseManagedIdentity the App Service's — or the bot's secret or certificate
    /// against each tenant's authority.
    /// </summary>
    /// <param name="transport">Where a managed identity endpoint is called; tests answer it locally.</param>
    public static Func<string, TokenCredential> CredentialsFrom(GraphOptions graph, BotOptions bot, TimeProvider time, HttpPipelineTransport? transport = null)
    {
        if (bot.UsesManagedIdentity)
        {
            var botIdentity = BotCredentials.ManagedIdentity(bot, transport);
            return _ => botIdentity;
        }
        if (graph.UseManagedIdentity)
        {
            var identity = new DefaultAzureCredential();
            return _ => identity;
        }
        if (bot.HasCertificate)
        {
            var certificate = BotCredentials.LoadCertificate(bot, time);
            return tenant => new ClientCertificateCredential(tenant, bot.AppId, certificate);
        }
        return tenant => new ClientSecretCredential(tenant, bot.AppId, bot.AppPassword);
    }
}
