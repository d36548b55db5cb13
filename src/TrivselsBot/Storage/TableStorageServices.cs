using Azure.Identity;
using Microsoft.Extensions.Options;
using TrivselsBot.TableStorage;

namespace TrivselsBot.Storage;

public static class TableStorageServices
{
    public static IServiceCollection AddTableStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<TableStorageOptions>(configuration.GetSection(TableStorageOptions.Section));
        services.AddSingleton(sp => Create(sp.GetRequiredService<IOptions<TableStorageOptions>>().Value));
        services.AddHostedService<TableProvisioner>();
        return services;
    }

    private static TableServiceClient Create(TableStorageOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return new TableServiceClient(TableConnection.Parse(options.ConnectionString));
        }
        if (Uri.TryCreate(options.TableEndpoint, UriKind.Absolute, out var endpoint))
        {
            return new TableServiceClient(endpoint, new DefaultAzureCredential());
        }
        throw new InvalidOperationException(
            "Storage is not configured: set Storage:ConnectionString (e.g. UseDevelopmentStorage=true) or Storage:TableEndpoint.");
    }
}
