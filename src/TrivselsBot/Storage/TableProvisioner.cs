using Azure.Data.Tables;

namespace TrivselsBot.Storage;

/// <summary>
/// Creates the tables every use lists in <see cref="BotTables.All"/>. Storage that is not reachable at start-up
/// does not stop the bot (users then get a polite "try again"); provisioning keeps trying in the background.
/// </summary>
public sealed class TableProvisioner(PrefixedTableService tables, TimeProvider time, ILogger<TableProvisioner> log) : BackgroundService
{
    private static readonly TimeSpan RetryEvery = TimeSpan.FromSeconds(10);

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!await TryProvisionAsync(cancellationToken)) await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(RetryEvery, time, stoppingToken);
            if (await TryProvisionAsync(stoppingToken)) return;
        }
    }

    private async Task<bool> TryProvisionAsync(CancellationToken ct)
    {
        try
        {
            foreach (var name in BotTables.All) await tables.GetTableClient(name).CreateIfNotExistsAsync(ct);
            log.LogInformation("Table storage ready: {Tables}", string.Join(", ", BotTables.All.Select(name => tables.GetTableClient(name).Name)));
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "Table storage is not reachable; retrying every {Seconds} s", RetryEvery.TotalSeconds);
            return false;
        }
    }
}
