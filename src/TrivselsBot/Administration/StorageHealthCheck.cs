using Microsoft.Extensions.Diagnostics.HealthChecks;
using TrivselsBot.Setup;
using Azure.Data.Tables;
using TrivselsBot.Storage;

namespace TrivselsBot.Administration;

/// <summary>Storage answers a one-row query on the setups table within a few seconds.</summary>
public sealed class StorageHealthCheck(PrefixedTableService tables) : IHealthCheck
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(Timeout);
        try
        {
            await foreach (var _ in tables.GetTableClient(TeamSetupStore.TableName).QueryEntitiesAsync(select: ["PartitionKey"], pageSize: 1, ct: limit.Token))
            {
                break;
            }
            return HealthCheckResult.Healthy("Table storage answers.");
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            // The exception's type only: its message may name the account.
            return HealthCheckResult.Unhealthy($"Table storage does not answer ({e.GetType().Name}).");
        }
    }
}
