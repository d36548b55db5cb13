using System.Collections.Concurrent;

namespace TrivselsBot.BotConnector.Tests.Infrastructure;

/// <summary>Sends every request to the local server, remembering where the client meant it to go.</summary>
public sealed class RedirectToServer(Uri server) : DelegatingHandler(new HttpClientHandler())
{
    private readonly ConcurrentQueue<Uri> originalUris = new();

    public IReadOnlyList<Uri> OriginalUris => [.. originalUris];

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        originalUris.Enqueue(request.RequestUri!);
        request.RequestUri = new Uri(server, request.RequestUri!.PathAndQuery);
        return base.SendAsync(request, cancellationToken);
    }
}
