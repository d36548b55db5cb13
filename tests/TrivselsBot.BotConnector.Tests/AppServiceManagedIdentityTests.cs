using System.Globalization;
using System.Web;
using Azure.Identity;
using TrivselsBot.BotConnector.Tests.Infrastructure;

namespace TrivselsBot.BotConnector.Tests;

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessEnvironmentCollection
{
    public const string Name = "Tests that set process-wide environment variables";
}

/// <summary>
/// On App Service the managed identity endpoint is named only by the environment variables IDENTITY_ENDPOINT and
/// IDENTITY_HEADER, so this test sets them, alone in a collection that runs in parallel with nothing.
/// </summary>
[Collection(ProcessEnvironmentCollection.Name)]
public sealed class AppServiceManagedIdentityTests
{
    private const string IdentityHeader = "7f0c8a4e-identity-header";

    [Fact]
    public async Task On_App_Service_the_token_comes_from_the_identity_endpoint_with_its_header_and_the_bots_client_id()
    {
        var clientId = Guid.NewGuid().ToString();
        var expiresOn = DateTimeOffset.UtcNow.AddHours(24).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        await using var endpoint = await LocalHttpServer.StartAsync(_ => ScriptedResponse.Json(200,
            $$"""{"access_token":"app-service-token","expires_on":"{{expiresOn}}","resource":"https://api.botframework.com","token_type":"Bearer","client_id":"{{clientId}}"}"""));
        var saved = (Environment.GetEnvironmentVariable("IDENTITY_ENDPOINT"), Environment.GetEnvironmentVariable("IDENTITY_HEADER"));
        Environment.SetEnvironmentVariable("IDENTITY_ENDPOINT", new Uri(endpoint.BaseAddress, "msi/token").ToString());
        Environment.SetEnvironmentVariable("IDENTITY_HEADER", IdentityHeader);
        try
        {
            var provider = new TokenCredentialConnectorTokenProvider(new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId)));

            var token = await provider.GetTokenAsync(default);

            Assert.Equal("app-service-token", token);
            var request = Assert.Single(endpoint.Requests);
            Assert.Equal("GET", request.Method);
            Assert.Equal("/msi/token", request.Path);
            Assert.Equal(IdentityHeader, request.Header("X-IDENTITY-HEADER"));
            var query = HttpUtility.ParseQueryString(new Uri(endpoint.BaseAddress, request.RawTarget).Query);
            Assert.Equal("2019-08-01", query["api-version"]);
            Assert.Equal("https://api.botframework.com", query["resource"]);
            Assert.Equal(clientId, query["client_id"]);
        }
        finally
        {
            Environment.SetEnvironmentVariable("IDENTITY_ENDPOINT", saved.Item1);
            Environment.SetEnvironmentVariable("IDENTITY_HEADER", saved.Item2);
        }
    }
}
