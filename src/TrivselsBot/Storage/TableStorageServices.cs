using Azure.Identity;
using Microsoft.Extensions.Options;
using TrivselsBot.TableStorage;

namespace TrivselsBot.Storage;

public static class TableStorageServices
{
    public static IServiceCollection AddTableStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TableStorageOptions>().Bind(configuration.GetSection(TableStorageOptions.Section))
            .Validate(options => options.HasValidTablePrefix,
                $"Storage:TablePrefix must be letters and digits, starting with a letter and ending with a digit (e.g. staging1), and at most {TableStorageOptions.MaxTablePrefixLength} characters long (Azure allows table names of 63).")
            .ValidateOnStart();
        services.AddSingleton(sp => Create(sp.GetRequiredService<IOptions<TableStorageOptions>>().Value));
        services.AddHostedService<TableProvisioner>();
        return services;
    }

    private static TableServiceClient Create(TableStorageOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return new TableServiceClient(TableConnection.Parse(options.ConnectionString), tablePrefix: options.TablePrefix);
        }
        if (Uri.TryCreate(options.TableEndpoint, UriKind.Absolute, out var endpoint))
        {
            return new TableServiceClient(endpoint, new DefaultAzureCredential(), tablePrefix: options.TablePrefix);
        }
        throw new InvalidOperationException(
            "Storage is not configured: set Storage:ConnectionString (e.g. UseDevelopmentStorage=true) or Storage:TableEndpoint.");
    }
}
