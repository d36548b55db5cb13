using System.Net;
using Microsoft.Extensions.DependencyInjection;
using TrivselsBot.Chat;
using TrivselsBot.Testing;

namespace TrivselsBot.Tests.Chat;

[Collection(AzuriteCollection.Name)]
public sealed class InvokeRoutingTests(AzuriteServer azurite)
{
    [Fact]
    public async Task An_invoke_whose_handler_fails_is_answered_200_and_the_person_is_told_in_the_chat()
    {
        await using var connector = await RecordingConnector.StartAsync();
        await using var bot = await BotUnderTest.StartAsync(azurite.ConnectionString, services: s => s.AddSingleton<IInvokeHandler, FailingInvoke>());
        var invoke = TeamsActivities.Message(connector.ServiceUrl, "", "a:personal", userId: "29:user", aadObjectId: "aad-user");
        invoke.Remove("text");
        invoke["type"] = "invoke";
        invoke["name"] = FailingInvoke.InvokeName;

        using var response = await bot.PostActivityAsync(invoke);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("noget gik galt", Assert.Single(await connector.WaitForActivitiesAsync(1)).Text, StringComparison.Ordinal);
    }

    private sealed class FailingInvoke : IInvokeHandler
    {
        public const string InvokeName = "test/fails";

        public string Name => InvokeName;

        public Task HandleAsync(Turn turn, CancellationToken ct) => throw new TimeoutException("the upload timed out");
    }
}
