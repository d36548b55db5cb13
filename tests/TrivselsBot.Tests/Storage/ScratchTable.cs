using Azure.Data.Tables;
using TrivselsBot.Storage;
using TrivselsBot.Testing;

namespace TrivselsBot.Tests.Storage;

/// <summary>A fresh, empty table of its own on the shared Azurite, under a prefix no other test uses.</summary>
internal static class ScratchTable
{
    public static async Task<TableClient> CreateAsync(AzuriteServer azurite)
    {
        var table = PrefixedTableService.FromConnectionString(azurite.ConnectionString, "s" + Guid.NewGuid().ToString("N")[..12] + "1").GetTableClient("rows");
        await table.CreateIfNotExistsAsync();
        return table;
    }
}
