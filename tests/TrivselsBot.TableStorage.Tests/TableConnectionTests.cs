namespace TrivselsBot.TableStorage.Tests;

public sealed class TableConnectionTests
{
    [Fact]
    public void Development_storage_means_the_local_emulator_with_its_well_known_account()
    {
        var connection = TableConnection.Parse("UseDevelopmentStorage=true");

        Assert.Equal(new Uri("http://127.0.0.1:10002/devstoreaccount1"), connection.TableEndpoint);
        Assert.Equal("devstoreaccount1", connection.AccountName);
        Assert.Equal(AzuriteFixture.WellKnownKey, connection.AccountKey);
    }

    [Fact]
    public void Account_settings_build_the_public_cloud_endpoint()
    {
        var connection = TableConnection.Parse($"DefaultEndpointsProtocol=https;AccountName=trivsel;AccountKey={AzuriteFixture.WellKnownKey};EndpointSuffix=core.windows.net");

        Assert.Equal(new Uri("https://trivsel.table.core.windows.net"), connection.TableEndpoint);
        Assert.Equal("trivsel", connection.AccountName);
        Assert.Equal(AzuriteFixture.WellKnownKey, connection.AccountKey);
    }

    [Fact]
    public void Endpoint_suffix_and_protocol_default_to_https_on_the_public_cloud()
    {
        var connection = TableConnection.Parse($"AccountName=trivsel;AccountKey={AzuriteFixture.WellKnownKey}");

        Assert.Equal(new Uri("https://trivsel.table.core.windows.net"), connection.TableEndpoint);
    }

    [Fact]
    public void An_explicit_table_endpoint_wins_and_tolerates_a_trailing_semicolon()
    {
        var connection = TableConnection.Parse($"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AzuriteFixture.WellKnownKey};TableEndpoint=http://127.0.0.1:10102/devstoreaccount1;");

        Assert.Equal(new Uri("http://127.0.0.1:10102/devstoreaccount1"), connection.TableEndpoint);
        Assert.Equal("devstoreaccount1", connection.AccountName);
    }

    [Fact]
    public void Account_name_is_read_from_an_emulator_endpoint_when_not_given()
    {
        var connection = TableConnection.Parse($"AccountKey={AzuriteFixture.WellKnownKey};TableEndpoint=http://127.0.0.1:10102/devstoreaccount1");

        Assert.Equal("devstoreaccount1", connection.AccountName);
    }

    [Theory]
    [InlineData("")]
    [InlineData("just some text")]
    [InlineData("UseDevelopmentStorage=false")]
    [InlineData("AccountName=trivsel")]
    [InlineData("AccountName=trivsel;AccountKey=not base64!")]
    [InlineData("AccountName=trivsel;AccountName=other;AccountKey=AAAA")]
    [InlineData("AccountKey=AAAA;TableEndpoint=not-a-uri")]
    [InlineData("AccountKey=AAAA;TableEndpoint=ftp://host/account")]
    [InlineData("AccountName=trivsel;AccountKey=AAAA;DefaultEndpointsProtocol=ftp")]
    [InlineData("TableEndpoint=https://trivsel.table.core.windows.net;SharedAccessSignature=sv=2019")]
    public void Invalid_connection_strings_are_refused_with_an_ArgumentException(string connectionString)
    {
        Assert.Throws<ArgumentException>(() => TableConnection.Parse(connectionString));
    }

    [Fact]
    public void Errors_never_repeat_the_account_key()
    {
        var error = Assert.Throws<ArgumentException>(() => TableConnection.Parse("AccountKey=c2VjcmV0;TableEndpoint=not-a-uri"));

        Assert.DoesNotContain("c2VjcmV0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_token_credential_connection_has_no_key_and_takes_the_account_from_the_host()
    {
        var credential = new FakeCredential();

        var connection = new TableConnection(new Uri("https://trivsel.table.core.windows.net"), credential);

        Assert.Null(connection.AccountKey);
        Assert.Same(credential, connection.Credential);
        Assert.Equal("trivsel", connection.AccountName);
    }
}
