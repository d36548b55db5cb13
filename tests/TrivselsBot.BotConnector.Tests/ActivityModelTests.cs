using System.Text.Json;
using System.Text.Json.Nodes;

namespace TrivselsBot.BotConnector.Tests;

public class ActivityModelTests
{
    // A channel message as Teams sends it, with fields this layer does not model at every level.
    private const string TeamsChannelMessage = """
        {
          "text": "<at>Trivsel</at> hjälp",
          "textFormat": "plain",
          "attachments": [ { "contentType": "text/html", "content": "<div><at id=\"0\">Trivsel</at> hjälp</div>" } ],
          "type": "message",
          "timestamp": "2024-05-14T09:30:12.3456789Z",
          "localTimestamp": "2024-05-14T11:30:12.345+02:00",
          "id": "1715679012345",
          "channelId": "msteams",
          "serviceUrl": "https://smba.trafficmanager.net/emea/",
          "from": { "id": "29:1abc", "name": "Åsa Öberg", "aadObjectId": "7a8b9c", "userRole": "user" },
          "conversation": {
            "isGroup": true,
            "conversationType": "channel",
            "tenantId": "72f988bf",
            "id": "19:general@thread.tacv2;messageid=1715679012345"
          },
          "recipient": { "id": "28:bot-app-id", "name": "Trivsel" },
          "entities": [
            { "mentioned": { "id": "28:bot-app-id", "name": "Trivsel" }, "text": "<at>Trivsel</at>", "type": "mention" },
            { "locale": "sv-SE", "country": "SE", "platform": "Web", "timezone": "Europe/Stockholm", "type": "clientInfo" }
          ],
          "channelData": {
            "teamsChannelId": "19:general@thread.tacv2",
            "teamsTeamId": "19:team@thread.tacv2",
            "channel": { "id": "19:general@thread.tacv2", "name": "General", "futureChannelFlag": { "depth": [1, 2] } },
            "team": { "id": "19:team@thread.tacv2", "name": "Fika", "aadGroupId": "00000000-0000-0000-0000-000000000001", "tier": "gold" },
            "tenant": { "id": "72f988bf", "region": "EU" },
            "settings": { "selectedChannel": { "id": "19:general@thread.tacv2" } },
            "source": null
          },
          "locale": "sv-SE",
          "localTimezone": "Europe/Stockholm",
          "value": { "action": "vote", "choice": "3", "nested": { "ok": true } }
        }
        """;

    [Fact]
    public void Round_trip_of_a_Teams_message_keeps_every_field_including_unknown_nested_ones()
    {
        var activity = JsonSerializer.Deserialize<Activity>(TeamsChannelMessage, BotJson.Options)!;
        var written = JsonNode.Parse(JsonSerializer.Serialize(activity, BotJson.Options))!.AsObject();
        var original = JsonNode.Parse(TeamsChannelMessage)!.AsObject();

        // The same instant may be written with "+00:00" instead of "Z".
        Assert.Equal(
            DateTimeOffset.Parse(original["timestamp"]!.GetValue<string>()),
            DateTimeOffset.Parse(written["timestamp"]!.GetValue<string>()));
        original.Remove("timestamp");
        written.Remove("timestamp");
        // A null in an unknown field is kept as JSON null.
        Assert.True(JsonNode.DeepEquals(original, written), written.ToJsonString());
    }

    [Fact]
    public void Known_fields_of_a_Teams_message_are_read()
    {
        var activity = JsonSerializer.Deserialize<Activity>(TeamsChannelMessage, BotJson.Options)!;

        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.Equal(new DateTimeOffset(2024, 5, 14, 9, 30, 12, TimeSpan.Zero).AddTicks(3456789), activity.Timestamp);
        Assert.Equal(TimeSpan.FromHours(2), activity.LocalTimestamp!.Value.Offset);
        Assert.Equal("Åsa Öberg", activity.From!.Name);
        Assert.Equal("7a8b9c", activity.From.AadObjectId);
        Assert.True(activity.Conversation!.IsGroup);
        Assert.Equal("channel", activity.Conversation.ConversationType);
        Assert.Equal("72f988bf", activity.Conversation.TenantId);
        Assert.Equal("72f988bf", activity.ChannelData!.Tenant!.Id);
        Assert.Equal("Fika", activity.ChannelData.Team!.Name);
        Assert.Equal("00000000-0000-0000-0000-000000000001", activity.ChannelData.Team.AadGroupId);
        Assert.Equal("General", activity.ChannelData.Channel!.Name);
        Assert.Equal("gold", activity.ChannelData.Team.Extra!["tier"].GetString());
        Assert.Equal("vote", activity.Value!.Value.GetProperty("action").GetString());
        Assert.Equal(2, activity.Entities!.Count);
        Assert.Equal("Europe/Stockholm", activity.Extra!["localTimezone"].GetString());
    }

    [Fact]
    public void Serialization_is_camelCase_without_nulls_and_keeps_non_ASCII_text_and_markup_readable()
    {
        var json = JsonSerializer.Serialize(Activity.CreateMessage("Hej <b>på</b> dig"), BotJson.Options);

        Assert.Equal("""{"type":"message","text":"Hej <b>på</b> dig"}""", json);
    }

    [Fact]
    public void Adaptive_card_attachment_carries_the_card_as_content()
    {
        var card = new JsonObject { ["type"] = "AdaptiveCard", ["version"] = "1.5" };
        var activity = Activity.CreateMessage().WithAttachment(Attachment.AdaptiveCard(card));

        var json = JsonNode.Parse(JsonSerializer.Serialize(activity, BotJson.Options))!;

        Assert.Equal("application/vnd.microsoft.card.adaptive", json["attachments"]![0]!["contentType"]!.GetValue<string>());
        Assert.Equal("1.5", json["attachments"]![0]!["content"]!["version"]!.GetValue<string>());
    }

    [Fact]
    public void Create_conversation_parameters_serialize_to_the_documented_one_to_one_shape()
    {
        var parameters = new ConversationParameters
        {
            IsGroup = false,
            Bot = new ChannelAccount { Id = "28:bot" },
            Members = [new ChannelAccount { Id = "29:user" }],
            TenantId = "tenant-1",
            ChannelData = new TeamsChannelData { Tenant = new TenantInfo { Id = "tenant-1" } },
        };

        var json = JsonNode.Parse(JsonSerializer.Serialize(parameters, BotJson.Options))!;
        var expected = JsonNode.Parse("""
            {"isGroup":false,"bot":{"id":"28:bot"},"members":[{"id":"29:user"}],"tenantId":"tenant-1","channelData":{"tenant":{"id":"tenant-1"}}}
            """);

        Assert.True(JsonNode.DeepEquals(expected, json), json.ToJsonString());
    }

    [Fact]
    public void Paged_members_read_the_Teams_roster_fields()
    {
        const string page = """
            {"continuationToken":"next","members":[{"id":"29:1","name":"Ada","aadObjectId":"a1","email":"ada@example.com",
             "userPrincipalName":"ada@example.com","givenName":"Ada","surname":"L","tenantId":"t1","userRole":"user"}]}
            """;

        var result = JsonSerializer.Deserialize<PagedMembersResult>(page, BotJson.Options)!;

        var member = Assert.Single(result.Members);
        Assert.Equal("next", result.ContinuationToken);
        Assert.Equal(("29:1", "a1", "ada@example.com", "Ada", "L", "t1", "user"),
            (member.Id, member.AadObjectId, member.UserPrincipalName, member.GivenName, member.Surname, member.TenantId, member.UserRole));
    }

    [Theory]
    [InlineData("<at>Trivsel</at> hjälp", "hjälp")]
    [InlineData("hej <at>Trivsel</at>", "hej")]
    [InlineData("<at id=\"0\">Trivsel</at> <at>Ada Lovelace</at> status  ", "status")]
    [InlineData("<AT>Trivsel</AT>\nny\n", "ny")]
    [InlineData("<at>Triv\nsel</at>rösta 3", "rösta 3")]
    [InlineData("  utan omnämnande ", "utan omnämnande")]
    [InlineData("<at>Trivsel</at>", "")]
    public void Text_without_mentions_strips_mention_markup_and_trims(string text, string expected)
    {
        Assert.Equal(expected, new Activity { Text = text }.TextWithoutMentions());
    }

    [Fact]
    public void Text_without_mentions_of_an_activity_without_text_is_null()
    {
        Assert.Null(new Activity().TextWithoutMentions());
    }

    [Fact]
    public void Create_reply_answers_the_sender_in_the_same_conversation()
    {
        var incoming = JsonSerializer.Deserialize<Activity>(TeamsChannelMessage, BotJson.Options)!;

        var reply = incoming.CreateReply("Tack!");

        Assert.Equal(ActivityTypes.Message, reply.Type);
        Assert.Equal("Tack!", reply.Text);
        Assert.Equal(("28:bot-app-id", "Trivsel"), (reply.From!.Id, reply.From.Name));
        Assert.Equal(("29:1abc", "Åsa Öberg"), (reply.Recipient!.Id, reply.Recipient.Name));
        Assert.Equal(incoming.Conversation!.Id, reply.Conversation!.Id);
        Assert.Equal("72f988bf", reply.Conversation.TenantId);
        Assert.True(reply.Conversation.IsGroup);
        Assert.NotSame(incoming.Conversation, reply.Conversation);
        Assert.Equal("1715679012345", reply.ReplyToId);
        Assert.Equal("https://smba.trafficmanager.net/emea/", reply.ServiceUrl);
        Assert.Equal("msteams", reply.ChannelId);
        Assert.Equal("sv-SE", reply.Locale);
        Assert.Null(reply.Id);
        Assert.Null(reply.ChannelData);
    }

    [Fact]
    public void Conversation_reference_keeps_what_a_proactive_message_needs()
    {
        var incoming = JsonSerializer.Deserialize<Activity>(TeamsChannelMessage, BotJson.Options)!;

        var reference = incoming.GetConversationReference();

        Assert.Equal("1715679012345", reference.ActivityId);
        Assert.Equal("29:1abc", reference.User!.Id);
        Assert.Equal("28:bot-app-id", reference.Bot!.Id);
        Assert.Equal(incoming.Conversation!.Id, reference.Conversation!.Id);
        Assert.Equal("msteams", reference.ChannelId);
        Assert.Equal("https://smba.trafficmanager.net/emea/", reference.ServiceUrl);
        Assert.Equal("sv-SE", reference.Locale);
    }
}
