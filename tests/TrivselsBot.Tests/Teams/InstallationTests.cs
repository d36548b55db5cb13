using System.Net;
using TrivselsBot.Teams;
using TrivselsBot.Testing;

namespace TrivselsBot.Tests.Teams;

[Collection(AzuriteCollection.Name)]
public sealed class InstallationTests(AzuriteServer azurite) : BotWithConnectorTests(azurite)
{
    private readonly string _conversation = "a:" + Guid.NewGuid().ToString("N");

    [Fact]
    public async Task Installing_in_a_personal_chat_stores_the_reference_and_sends_a_welcome_card()
    {
        var response = await Bot.PostActivityAsync(TeamsActivities.InstallationUpdate(Connector.ServiceUrl, "add", _conversation));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = Assert.Single(await Connector.WaitForActivitiesAsync(1));
        Assert.Equal($"/v3/conversations/{Uri.EscapeDataString(_conversation)}/activities", sent.Path);
        Assert.Equal("application/vnd.microsoft.card.adaptive", sent.Body!["attachments"]![0]!["contentType"]!.GetValue<string>());
        Assert.Contains("Hej! Jeg er TrivselsBot", sent.CardText, StringComparison.Ordinal);

        var stored = await Bot.Service<ConversationReferences>().GetAsync(TeamsActivities.TenantId, _conversation, default);
        Assert.NotNull(stored);
        Assert.Equal(Connector.ServiceUrl, stored.ServiceUrl);
        Assert.Equal("personal", stored.ConversationType);
    }

    [Fact]
    public async Task Repeated_and_simultaneous_install_events_greet_only_once()
    {
        var events = Enumerable.Range(0, 3).SelectMany(_ => new[]
        {
            TeamsActivities.InstallationUpdate(Connector.ServiceUrl, "add", _conversation),
            TeamsActivities.MembersAdded(Connector.ServiceUrl, _conversation, memberIds: [TeamsActivities.BotId, "29:user-1"]),
        });

        var responses = await Task.WhenAll(events.Select(e => Bot.PostActivityAsync(e)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        await Task.Delay(200);
        Assert.Single(Connector.ActivitiesSent());
    }

    [Fact]
    public async Task A_member_joining_a_chat_theBot_is_already_in_does_not_trigger_a_welcome()
    {
        await Bot.PostActivityAsync(TeamsActivities.MembersAdded(Connector.ServiceUrl, _conversation, memberIds: ["29:someone-new"]));

        await Task.Delay(200);
        Assert.Empty(Connector.ActivitiesSent());
        Assert.Null(await Bot.Service<ConversationReferences>().GetAsync(TeamsActivities.TenantId, _conversation, default));
    }

    [Fact]
    public async Task Installing_in_a_team_stores_the_team_and_greets_in_the_channel()
    {
        var channel = "19:" + Guid.NewGuid().ToString("N") + "@thread.tacv2";
        await Bot.PostActivityAsync(TeamsActivities.InstallationUpdate(Connector.ServiceUrl, "add", channel,
            conversationType: "channel", teamId: channel));

        Assert.Single(await Connector.WaitForActivitiesAsync(1));
        var stored = await Bot.Service<ConversationReferences>().GetAsync(TeamsActivities.TenantId, channel, default);
        Assert.Equal(channel, stored!.TeamId);
        Assert.Equal("channel", stored.ConversationType);
    }

    [Fact]
    public async Task Uninstalling_deletes_what_was_stored_and_a_later_install_greets_again()
    {
        await Bot.PostActivityAsync(TeamsActivities.InstallationUpdate(Connector.ServiceUrl, "add", _conversation));
        await Bot.PostActivityAsync(TeamsActivities.InstallationUpdate(Connector.ServiceUrl, "remove", _conversation));

        Assert.Null(await Bot.Service<ConversationReferences>().GetAsync(TeamsActivities.TenantId, _conversation, default));

        await Bot.PostActivityAsync(TeamsActivities.MembersAdded(Connector.ServiceUrl, _conversation, memberIds: [TeamsActivities.BotId]));
        Assert.Equal(2, (await Connector.WaitForActivitiesAsync(2)).Count);
    }

    [Fact]
    public async Task TheBot_removed_from_a_group_chat_forgets_it()
    {
        var chat = "19:" + Guid.NewGuid().ToString("N") + "@thread.v2";
        await Bot.PostActivityAsync(TeamsActivities.MembersAdded(Connector.ServiceUrl, chat, conversationType: "groupChat", memberIds: [TeamsActivities.BotId]));
        Assert.NotNull(await Bot.Service<ConversationReferences>().GetAsync(TeamsActivities.TenantId, chat, default));

        await Bot.PostActivityAsync(TeamsActivities.MembersRemoved(Connector.ServiceUrl, chat, TeamsActivities.BotId));

        Assert.Null(await Bot.Service<ConversationReferences>().GetAsync(TeamsActivities.TenantId, chat, default));
    }

    [Theory]
    [InlineData("da-DK", "Dine svar er anonyme")]
    [InlineData(null, "Dine svar er anonyme")]
    [InlineData("en-US", "Your answers are anonymous")]
    [InlineData("en-GB", "Your answers are anonymous")]
    public async Task The_welcome_is_Danish_unless_the_user_uses_English(string? locale, string expected)
    {
        var install = TeamsActivities.InstallationUpdate(Connector.ServiceUrl, "add", _conversation);
        if (locale is null) install.Remove("locale"); else install["locale"] = locale;

        await Bot.PostActivityAsync(install);

        var sent = Assert.Single(await Connector.WaitForActivitiesAsync(1));
        Assert.Contains(expected, sent.CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_welcome_states_the_configured_minimum_group_size()
    {
        await using var bot = await BotUnderTest.StartAsync(Azurite.ConnectionString, new Dictionary<string, string?> { ["Privacy:MinimumGroupSize"] = "7" });

        await bot.PostActivityAsync(TeamsActivities.InstallationUpdate(Connector.ServiceUrl, "add", _conversation));

        var sent = Assert.Single(await Connector.WaitForActivitiesAsync(1));
        Assert.Contains("mindst 7 har svaret", sent.CardText, StringComparison.Ordinal);
    }
}
