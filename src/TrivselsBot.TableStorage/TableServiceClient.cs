using Azure.Core;
using Azure.Core.Pipeline;

namespace TrivselsBot.TableStorage;

/// <summary>The entry point: one HTTP pipeline (retries, authentication) shared by the clients of its tables.</summary>
public sealed class TableServiceClient
{
    private readonly TablePipeline _pipeline;

    public TableServiceClient(TableConnection connection, TableClientOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var pipeline = HttpPipelineBuilder.Build(options ?? new TableClientOptions(), connection.CreateAuthenticationPolicy());
        _pipeline = new TablePipeline(pipeline, connection.TableEndpoint);
    }

    public TableServiceClient(Uri endpoint, TokenCredential credential, TableClientOptions? options = null)
        : this(new TableConnection(endpoint, credential), options)
    {
    }

    public TableClient GetTableClient(string tableName) => new(_pipeline, tableName);
}
