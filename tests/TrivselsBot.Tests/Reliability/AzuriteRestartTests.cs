using Azure.Data.Tables;
using TrivselsBot.Testing;

namespace TrivselsBot.Tests.Reliability;

/// <summary>Storage that goes away and comes back, as the fault harness uses it: a stopped Azurite refuses connections and keeps its rows.</summary>
public sealed class AzuriteRestartTests
{
    [Fact]
    public async Task An_azurite_kept_in_a_folder_refuses_requests_while_stopped_and_has_its_rows_when_started_again()
    {
        var folder = Directory.CreateTempSubdirectory("trivselsbot-azurite-");
        try
        {
            using var azurite = await AzuriteProcess.StartAsync(folder.FullName);
            var table = new TableClient(azurite.ConnectionString, "restarted");
            await table.CreateIfNotExistsAsync();
            await table.AddEntityAsync(new TableEntity("p", "r") { ["Answer"] = 4 });

            await Task.Delay(TimeSpan.FromSeconds(6)); // Azurite writes its folder every 5 s; a stop does not write it (seen here)
            await azurite.StopAsync();
            var offline = new TableClient(azurite.ConnectionString, "restarted", new TableClientOptions { Retry = { MaxRetries = 0 } });
            await Assert.ThrowsAnyAsync<Exception>(() => offline.GetEntityAsync<TableEntity>("p", "r"));

            await azurite.StartAgainAsync();
            Assert.Equal(4, (await table.GetEntityAsync<TableEntity>("p", "r")).Value.GetInt32("Answer"));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
