using Azure;

namespace TrivselsBot.TableStorage.Tests;

public sealed class SharedKeyLiteTests
{
    private const string Date = "Mon, 02 Mar 2026 10:00:00 GMT";

    [Fact]
    public void The_string_to_sign_is_the_date_and_the_account_prefixed_path_including_the_emulator_account_segment()
    {
        var toSign = SharedKeyLitePolicy.StringToSign("devstoreaccount1", Date, new Uri("http://127.0.0.1:10002/devstoreaccount1/Tables"));

        Assert.Equal("Mon, 02 Mar 2026 10:00:00 GMT\n/devstoreaccount1/devstoreaccount1/Tables", toSign);
    }

    [Fact]
    public void The_string_to_sign_keeps_the_path_percent_encoded_and_leaves_out_the_query()
    {
        var toSign = SharedKeyLitePolicy.StringToSign("myaccount", Date, new Uri("https://myaccount.table.core.windows.net/mytable(PartitionKey='a%20b',RowKey='c%27%27d')?$select=Name"));

        Assert.Equal("Mon, 02 Mar 2026 10:00:00 GMT\n/myaccount/mytable(PartitionKey='a%20b',RowKey='c%27%27d')", toSign);
    }

    // Expected values computed independently with: printf '<string to sign>' | openssl dgst -sha256 -mac HMAC -macopt hexkey:<key as hex> -binary | base64
    [Theory]
    [InlineData("Mon, 02 Mar 2026 10:00:00 GMT\n/devstoreaccount1/devstoreaccount1/Tables", "RBKvEXe+uXUDc7NFlGBy6gU1xcHuNmpBEThSe3XdKM4=")]
    [InlineData("Mon, 02 Mar 2026 10:00:00 GMT\n/myaccount/mytable(PartitionKey='a%20b',RowKey='c%27%27d')", "ehMO3Wo3HefS4xIOB90A5nQLSmvbzuNVxg94v5yL5EA=")]
    public void The_signature_is_the_base64_HMAC_SHA256_of_the_string_to_sign_under_the_decoded_key(string toSign, string expected)
    {
        Assert.Equal(expected, SharedKeyLitePolicy.Sign(Convert.FromBase64String(AzuriteFixture.WellKnownKey), toSign));
    }
}

[Collection(UsesAzurite.Name)]
public sealed class AuthenticationTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task The_right_key_is_accepted_by_the_service()
    {
        var table = await azurite.CreateTableAsync();

        Assert.True((await table.InsertAsync(new TableEntity("p", "r"))).Succeeded);
    }

    [Fact]
    public async Task A_wrong_key_is_rejected_by_the_service_with_403()
    {
        var wrongKey = Convert.ToBase64String(new byte[64]);
        var connection = TableConnection.Parse($"AccountName={azurite.Connection.AccountName};AccountKey={wrongKey};TableEndpoint={azurite.Connection.TableEndpoint}");
        var table = new TableServiceClient(connection).GetTableClient("t" + Guid.NewGuid().ToString("N"));

        var error = await Assert.ThrowsAsync<RequestFailedException>(() => table.CreateIfNotExistsAsync());

        Assert.Equal(403, error.Status);
        Assert.NotNull(error.ErrorCode);
    }
}
