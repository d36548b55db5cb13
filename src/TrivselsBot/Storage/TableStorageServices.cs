using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Microsoft.Extensions.Options;

namespace TrivselsBot.Storage;

public static class TableStorageServices
{
    public static IServiceCollection AddTableStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TableStorageOptions>().Bind(configuration.GetSection(TableStorageOptions.Section))
            .Validate(options => options.HasValidTablePrefix, "Storage:TablePrefix must be " + TableStorageOptions.TablePrefixRule)
            .ValidateOnStart();
        services.AddSingleton(sp => Create(sp.GetRequiredService<IOptions<TableStorageOptions>>().Value));
        services.AddHostedService<TableProvisioner>();
        return services;
    }

    /// <summary>
    /// Retries chosen for a bot that answers people while they wait: Teams gives a card submit about 15 s, so a request
    /// may spend at most about 9 s on storage (3 retries, 0.4 s doubling to at most 4 s, each try cut off after 5 s
    /// instead of the SDK's 100 s). When storage is down longer, the person gets the polite "prøv igen" card and loses
    /// nothing (every write is idempotent), which beats a silent minute. Background jobs go through the same client;
    /// they are retried by their own schedule.
    /// </summary>
    public static TableClientOptions ClientOptions()
    {
        var options = new TableClientOptions();
        options.Retry.Mode = RetryMode.Exponential;
        options.Retry.MaxRetries = 3;
        options.Retry.Delay = TimeSpan.FromMilliseconds(400);
        options.Retry.MaxDelay = TimeSpan.FromSeconds(4);
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(5);
        return options;
    }

    private static PrefixedTableService Create(TableStorageOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return PrefixedTableService.FromConnectionString(options.ConnectionString, options.TablePrefix);
        }
        if (Uri.TryCreate(options.TableEndpoint, UriKind.Absolute, out var endpoint))
        {
            return new PrefixedTableService(new TableServiceClient(endpoint, new DefaultAzureCredential(), ClientOptions()), options.TablePrefix);
        }
        throw new InvalidOperationException(
            "Storage is not configured: set Storage:ConnectionString (e.g. UseDevelopmentStorage=true) or Storage:TableEndpoint.");
    }
}
