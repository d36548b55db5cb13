using Azure.Core;
using Azure.Core.Pipeline;

namespace TrivselsBot.TableStorage;

/// <summary>
/// The entry point: one HTTP pipeline (retries, authentication) shared by the clients of its tables. With a table-name
/// prefix every table it addresses is named prefix + name, so several users of one account keep apart.
/// </summary>
public sealed class TableServiceClient
{
    private readonly TablePipeline _pipeline;
    private readonly string _tablePrefix;

    /// <param name="tablePrefix">Put in front of every table name: ASCII letters and digits, starting with a letter; null or empty for none.</param>
    public TableServiceClient(TableConnection connection, TableClientOptions? options = null, string? tablePrefix = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        TableKey.ValidateTablePrefix(tablePrefix);
        var pipeline = HttpPipelineBuilder.Build(options ?? new TableClientOptions(), connection.CreateAuthenticationPolicy());
        _pipeline = new TablePipeline(pipeline, connection.TableEndpoint);
        _tablePrefix = tablePrefix ?? "";
    }

    public TableServiceClient(Uri endpoint, TokenCredential credential, TableClientOptions? options = null, string? tablePrefix = null)
        : this(new TableConnection(endpoint, credential), options, tablePrefix)
    {
    }

    /// <summary>The table named prefix + <paramref name="tableName"/>; its <see cref="TableClient.Name"/> is that full name.</summary>
    public TableClient GetTableClient(string tableName) => new(_pipeline, _tablePrefix + tableName);
}
