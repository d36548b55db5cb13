using System.Net;
using Azure.Core.Pipeline;

namespace TrivselsBot.TableStorage.Tests;

/// <summary>Answers requests with canned status codes, in order, and records what was sent.</summary>
internal sealed class StubTransport : HttpMessageHandler
{
    private readonly Queue<HttpStatusCode> _answers;

    public StubTransport(params HttpStatusCode[] answers) => _answers = new Queue<HttpStatusCode>(answers);

    public List<HttpRequestMessage> Requests { get; } = [];

    public TableServiceClient Service(TableConnection? connection = null)
    {
        var options = new TableClientOptions { Transport = new HttpClientTransport(new HttpClient(this)) };
        options.Retry.MaxRetries = 2;
        options.Retry.Delay = TimeSpan.FromMilliseconds(1);
        connection ??= TableConnection.Parse($"AccountName=stub;AccountKey={AzuriteFixture.WellKnownKey};TableEndpoint=http://127.0.0.1:9/stub");
        return new TableServiceClient(connection, options);
    }

    public TableClient Table() => Service().GetTableClient("stubtable");

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Requests.Add(request);
        return Task.FromResult(new HttpResponseMessage(_answers.Dequeue()));
    }
}
