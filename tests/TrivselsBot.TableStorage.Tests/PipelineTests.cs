using System.Net;
using Azure;

namespace TrivselsBot.TableStorage.Tests;

public sealed class PipelineTests
{
    [Fact]
    public async Task A_503_is_retried_and_the_retry_succeeds()
    {
        var stub = new StubTransport(HttpStatusCode.ServiceUnavailable, HttpStatusCode.NoContent);

        var result = await stub.Table().UpsertAsync(new TableEntity("p", "r"));

        Assert.True(result.Succeeded);
        Assert.Equal(2, stub.Requests.Count);
    }

    [Fact]
    public async Task Each_attempt_is_signed_afresh_with_SharedKeyLite_and_the_service_headers()
    {
        var stub = new StubTransport(HttpStatusCode.ServiceUnavailable, HttpStatusCode.NoContent);

        await stub.Table().UpsertAsync(new TableEntity("p", "r"));

        Assert.All(stub.Requests, request =>
        {
            Assert.Equal("SharedKeyLite", request.Headers.Authorization?.Scheme);
            Assert.StartsWith("stub:", request.Headers.Authorization?.Parameter, StringComparison.Ordinal);
            Assert.True(request.Headers.Contains("x-ms-date"));
            Assert.Equal("2019-02-02", request.Headers.GetValues("x-ms-version").Single());
            Assert.Equal("3.0", request.Headers.GetValues("DataServiceVersion").Single());
        });
    }

    [Fact]
    public async Task A_503_that_persists_past_the_retries_throws_RequestFailedException()
    {
        var stub = new StubTransport(HttpStatusCode.ServiceUnavailable, HttpStatusCode.ServiceUnavailable, HttpStatusCode.ServiceUnavailable);

        var error = await Assert.ThrowsAsync<RequestFailedException>(() => stub.Table().UpsertAsync(new TableEntity("p", "r")));

        Assert.Equal(503, error.Status);
        Assert.Equal(3, stub.Requests.Count);
    }

    [Fact]
    public async Task A_token_credential_sends_a_bearer_token_for_the_storage_scope()
    {
        var stub = new StubTransport(HttpStatusCode.NoContent);
        var credential = new FakeCredential();
        var service = stub.Service(new TableConnection(new Uri("https://trivsel.table.core.windows.net"), credential));

        await service.GetTableClient("things").UpsertAsync(new TableEntity("p", "r"));

        Assert.Equal("Bearer", stub.Requests.Single().Headers.Authorization?.Scheme);
        Assert.Equal(FakeCredential.Token, stub.Requests.Single().Headers.Authorization?.Parameter);
        Assert.Equal(["https://storage.azure.com/.default"], credential.RequestedScopes);
        Assert.Equal("https://trivsel.table.core.windows.net/things(PartitionKey='p',RowKey='r')", stub.Requests.Single().RequestUri?.AbsoluteUri);
    }

    [Theory]
    [InlineData("a/b")]
    [InlineData("a\\b")]
    [InlineData("a#b")]
    [InlineData("a?b")]
    [InlineData("a\u0000b")]
    [InlineData("a\tb")]
    [InlineData("a\u007Fb")]
    [InlineData("a\u009Fb")]
    public async Task Keys_with_forbidden_characters_are_refused_before_sending(string key)
    {
        var stub = new StubTransport();
        var table = stub.Table();

        await Assert.ThrowsAsync<TableKeyException>(() => table.GetAsync(key, "r"));
        await Assert.ThrowsAsync<TableKeyException>(() => table.GetAsync("p", key));
        await Assert.ThrowsAsync<TableKeyException>(() => table.DeleteAsync(key, "r"));
        Assert.Throws<TableKeyException>(() => new TableEntity(key, "r"));
        Assert.Throws<TableKeyException>(() => new TableEntity("p", key));
        Assert.Empty(stub.Requests);
    }

    [Fact]
    public async Task Keys_longer_than_1024_characters_are_refused_before_sending()
    {
        var stub = new StubTransport();

        var error = await Assert.ThrowsAsync<TableKeyException>(() => stub.Table().GetAsync(new string('k', 1025), "r"));

        Assert.Equal("partitionKey", error.ParamName);
        Assert.Empty(stub.Requests);
        TableKey.Validate(new string('k', 1024), "key");
    }

    [Theory]
    [InlineData("ab")]
    [InlineData("1table")]
    [InlineData("my-table")]
    [InlineData("my_table")]
    [InlineData("a234567890123456789012345678901234567890123456789012345678901234")]
    public void Invalid_table_names_are_refused(string name)
    {
        Assert.Throws<ArgumentException>(() => new StubTransport().Service().GetTableClient(name));
    }
}
