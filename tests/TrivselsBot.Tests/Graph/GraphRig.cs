using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TrivselsBot.Graph;
using TrivselsBot.Testing;

namespace TrivselsBot.Tests.Graph;

internal static class GraphRig
{
    /// <summary>The real installer pointed at the local Graph, with its credential; waits kept short unless told otherwise.</summary>
    public static TeamsAppInstaller InstallerFor(FakeGraph graph, Action<GraphOptions>? configure = null)
    {
        var options = new GraphOptions
        {
            Enabled = true,
            CatalogAppId = graph.CatalogAppId,
            BaseUrl = graph.BaseUrl,
            RetryDelay = TimeSpan.Zero,
            MaxRetryWait = TimeSpan.FromSeconds(10),
        };
        configure?.Invoke(options);
        return new TeamsAppInstaller(Options.Create(options), graph.Credential.ForTenant, NullLogger<TeamsAppInstaller>.Instance);
    }
}
