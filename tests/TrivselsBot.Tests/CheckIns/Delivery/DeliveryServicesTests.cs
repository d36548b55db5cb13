using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TrivselsBot.BotConnector;
using TrivselsBot.CheckIns.Delivery;
using TrivselsBot.Privacy;
using Azure.Data.Tables;
using TrivselsBot.Storage;
using TrivselsBot.Testing;

namespace TrivselsBot.Tests.CheckIns.Delivery;

public sealed class DeliveryServicesTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddLogging().AddHttpClient();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IConnectorTokenProvider, AnonymousConnectorTokenProvider>();
        services.AddSingleton(PrefixedTableService.FromConnectionString(AzuriteServer.ConnectionStringFor(10002)));
        services.AddSingleton(new MemberPseudonym(new byte[32]));
        services.AddPulseDelivery(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        return services.BuildServiceProvider();
    }

    [Fact]
    public void The_delivery_resolves_with_the_Delivery_section_bound()
    {
        using var provider = Build(new() { ["Delivery:TenantRequestsPerSecond"] = "20", ["Delivery:MaxParallelSends"] = "4" });

        Assert.NotNull(provider.GetRequiredService<PulseDelivery>());
        var options = provider.GetRequiredService<IOptions<DeliveryOptions>>().Value;
        Assert.Equal((20, 7, 4, 3), (options.TenantRequestsPerSecond, options.ConversationRequestsPerSecond, options.MaxParallelSends, options.MaxAttempts));
    }

    [Fact]
    public void Settings_outside_their_range_are_refused()
    {
        using var provider = Build(new() { ["Delivery:MaxAttempts"] = "0" });

        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<DeliveryOptions>>().Value);
    }
}
