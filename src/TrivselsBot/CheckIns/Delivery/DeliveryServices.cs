using Microsoft.Extensions.Options;
using TrivselsBot.BotConnector;
using TrivselsBot.Graph;
using TrivselsBot.Privacy;

namespace TrivselsBot.CheckIns.Delivery;

public static class DeliveryServices
{
    /// <summary>
    /// The 1:1 fan-out: options (section "Delivery"), the rate limiter shared by all fan-outs of this instance, the stores
    /// and <see cref="PulseDelivery"/> on its own connector client without retries. Needs TableServiceClient,
    /// MemberPseudonym, IConnectorTokenProvider, IHttpClientFactory and TimeProvider registered; uses a
    /// <see cref="TeamsAppInstaller"/> when one is registered (Graph enabled).
    /// </summary>
    public static IServiceCollection AddPulseDelivery(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DeliveryOptions>().Bind(configuration.GetSection(DeliveryOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<TeamsRateLimiter>();
        services.AddSingleton<PersonalChats>();
        services.AddSingleton<SendRecords>();
        services.AddSingleton(sp => new PulseDelivery(
            new ConnectorClient(
                sp.GetRequiredService<IHttpClientFactory>().CreateClient("connector"),
                sp.GetRequiredService<IConnectorTokenProvider>(),
                new ConnectorClientOptions { MaxRetries = 0 },
                sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<ILogger<ConnectorClient>>()),
            sp.GetRequiredService<TeamsRateLimiter>(),
            sp.GetRequiredService<PersonalChats>(),
            sp.GetRequiredService<SendRecords>(),
            sp.GetRequiredService<MemberPseudonym>(),
            sp.GetRequiredService<IOptions<DeliveryOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<PulseDelivery>>(),
            sp.GetService<TeamsAppInstaller>()));
        return services;
    }
}
