using System.Net;
using TrivselsBot.Testing;

namespace TrivselsBot.Tests.Teams;

[Collection(AzuriteCollection.Name)]
public sealed class HelpCommandTests(AzuriteServer azurite) : BotWithConnectorTests(azurite)
{
    private readonly string _conversation = "a:" + Guid.NewGuid().ToString("N");

    [Theory]
    [InlineData("hjælp", "Det kan du skrive til mig")]
    [InlineData("Hjælp!", "Det kan du skrive til mig")]
    [InlineData("  HJÆLP  ", "Det kan du skrive til mig")]
    [InlineData("help", "What you can write to me")]
    public async Task Help_answers_with_the_help_card_in_the_language_of_the_word(string text, string title)
    {
        var message = TeamsActivities.Message(Connector.ServiceUrl, text, _conversation);

        var response = await Bot.PostActivityAsync(message);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(await Connector.WaitForActivitiesAsync(1));
        Assert.Equal($"/v3/conversations/{Uri.EscapeDataString(_conversation)}/activities/{message["id"]}", reply.Path);
        Assert.Contains(title, reply.CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_help_card_lists_the_help_command_itself()
    {
        await Bot.PostActivityAsync(TeamsActivities.Message(Connector.ServiceUrl, "hjælp", _conversation));

        var card = Assert.Single(await Connector.WaitForActivitiesAsync(1)).Card!;
        var facts = card["body"]!.AsArray().First(e => e!["type"]!.GetValue<string>() == "FactSet")!["facts"]!.AsArray();
        Assert.Contains(facts, f => f!["title"]!.GetValue<string>() == "hjælp");
    }

    [Fact]
    public async Task In_a_channel_the_mention_is_stripped_and_the_card_explains_mentioning()
    {
        var channel = "19:" + Guid.NewGuid().ToString("N") + "@thread.tacv2";
        var message = TeamsActivities.Message(Connector.ServiceUrl, "<at>TrivselsBot</at> hjælp", channel, conversationType: "channel");

        await Bot.PostActivityAsync(message);

        var card = Assert.Single(await Connector.WaitForActivitiesAsync(1)).CardText;
        Assert.Contains("Det kan du skrive til mig", card, StringComparison.Ordinal);
        Assert.Contains("@TrivselsBot hjælp", card, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("da-DK", "Skriv **hjælp**")]
    [InlineData("en-US", "Type **help**")]
    public async Task Any_other_text_gets_one_line_pointing_to_help(string locale, string expected)
    {
        await Bot.PostActivityAsync(TeamsActivities.Message(Connector.ServiceUrl, "hvordan går det?", _conversation, locale));

        var reply = Assert.Single(await Connector.WaitForActivitiesAsync(1));
        Assert.Null(reply.Card);
        Assert.Contains(expected, reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_message_without_text_gets_no_reply()
    {
        var message = TeamsActivities.Message(Connector.ServiceUrl, "", _conversation);

        var response = await Bot.PostActivityAsync(message);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Task.Delay(200);
        Assert.Empty(Connector.ActivitiesSent());
    }
}
