using System.Net;
using TrivselsBot.Localization;
using TrivselsBot.Testing;

namespace TrivselsBot.Tests.Chat;

public sealed class MessageRoutingTests
{
    /// <summary>
    /// Storage that hangs (not refusing, just silent) makes the storage client give up with a timeout, which .NET reports as
    /// a cancellation although nobody cancelled the request: it must still be the polite "prøv igen", not a 503.
    /// </summary>
    [Fact]
    public async Task A_message_met_by_storage_that_does_not_answer_is_answered_200_with_the_try_again_reply()
    {
        using var azurite = await AzuriteProcess.StartAsync();
        await using var connector = await RecordingConnector.StartAsync();
        await using var bot = await BotUnderTest.StartAsync(azurite.ConnectionString);
        await azurite.FreezeAsync();
        try
        {
            // A conversation the bot has not heard from: remembering it is a write, which now times out.
            using var response = await bot.PostActivityAsync(TeamsActivities.Message(connector.ServiceUrl, "hjælp", "a:never-seen"));

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(BotTexts.Danish.SomethingWentWrong, Assert.Single(await connector.WaitForActivitiesAsync(1)).Text);
        }
        finally
        {
            await azurite.ThawAsync();
        }
    }
}
